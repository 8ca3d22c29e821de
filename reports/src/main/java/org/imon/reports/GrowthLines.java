package org.imon.reports;

import java.awt.BasicStroke;
import java.text.DecimalFormat;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;

import net.sf.jasperreports.charts.JRAbstractChartCustomizer;
import net.sf.jasperreports.charts.JRChart;

/**
 * Cumulative growth month by month (累计增速走势), one line per area: points marked and labelled at
 * the marts' one decimal, so that a reader can read each period's figure off the chart.
 */
public final class GrowthLines extends JRAbstractChartCustomizer {
    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        CategoryPlot plot = chart.getCategoryPlot();
        LineAndShapeRenderer lines = (LineAndShapeRenderer) plot.getRenderer();
        lines.setDefaultShapesVisible(true);
        lines.setDefaultStroke(new BasicStroke(1.5f));
        lines.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.0")));
        lines.setDefaultItemLabelsVisible(true);
        lines.setDefaultItemLabelFont(plot.getDomainAxis().getTickLabelFont());
        plot.getRangeAxis().setUpperMargin(0.15);
    }
}
