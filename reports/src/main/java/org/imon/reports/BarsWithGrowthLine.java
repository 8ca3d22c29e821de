package org.imon.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import net.sf.jasperreports.charts.JRAbstractChartCustomizer;
import net.sf.jasperreports.charts.JRChart;

/**
 * Region totals as bars with their growth as a line on its own axis (柱线图): the template's bar chart
 * carries two series, the total first and the growth second; this moves the second onto a line
 * against a right-hand percent axis. Values are drawn as given, labelled at the marts' decimals.
 */
public final class BarsWithGrowthLine extends JRAbstractChartCustomizer {
    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryDataset both = plot.getDataset();
        // JasperReports hands over no dataset at all for a chart without rows; the template prints a
        // sentence instead of such a chart, and this keeps any other use from failing on it.
        if (both == null || both.getRowCount() < 2) {
            return;
        }
        DefaultCategoryDataset totals = new DefaultCategoryDataset();
        DefaultCategoryDataset growth = new DefaultCategoryDataset();
        for (int column = 0; column < both.getColumnCount(); column++) {
            Comparable<?> category = both.getColumnKey(column);
            totals.addValue(both.getValue(0, column), both.getRowKey(0), category);
            growth.addValue(both.getValue(1, column), both.getRowKey(1), category);
        }
        plot.setDataset(0, totals);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setSeriesPaint(0, new Color(0x4A, 0x7E, 0xBB));
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("#,##0.00")));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(plot.getDomainAxis().getTickLabelFont());
        // Totals inside the top of their bars, so that they never collide with the growth line's labels.
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.INSIDE12, TextAnchor.TOP_CENTER));
        bars.setDefaultItemLabelPaint(Color.WHITE);
        // Room above the tallest bar and the highest point for their labels.
        plot.getRangeAxis().setUpperMargin(0.15);

        NumberAxis percent = new NumberAxis(both.getRowKey(1).toString());
        percent.setTickLabelFont(plot.getRangeAxis().getTickLabelFont());
        percent.setLabelFont(plot.getRangeAxis().getTickLabelFont());
        percent.setAutoRangeIncludesZero(true);
        percent.setUpperMargin(0.15);
        plot.setRangeAxis(1, percent);
        plot.setDataset(1, growth);
        plot.mapDatasetToRangeAxis(1, 1);
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, new Color(0xD0, 0, 0));
        line.setSeriesStroke(0, new BasicStroke(1.5f));
        line.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.0")));
        line.setDefaultItemLabelsVisible(true);
        line.setDefaultItemLabelFont(plot.getDomainAxis().getTickLabelFont());
        plot.setRenderer(1, line);
    }
}
