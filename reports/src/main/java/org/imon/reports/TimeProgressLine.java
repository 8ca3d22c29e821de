package org.imon.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.math.BigDecimal;
import java.text.DecimalFormat;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

import net.sf.jasperreports.charts.JRAbstractChartCustomizer;
import net.sf.jasperreports.charts.JRChart;

/**
 * Draws the time progress (时间进度) as a red dashed line across a bar chart of completion rates, so
 * a bar below the line is a subject behind schedule. Any report's completion chart can use it. The value is the report's {@code TimeProgress}
 * parameter, straight from the mart; the label uses the chart's own (embedded CJK) font.
 */
public final class TimeProgressLine extends JRAbstractChartCustomizer {
    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        CategoryPlot plot = chart.getCategoryPlot();
        BigDecimal timeProgress = (BigDecimal) getParameterValue("TimeProgress");
        ValueMarker line = new ValueMarker(timeProgress.doubleValue(), new Color(0xD0, 0, 0),
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        line.setLabel("时间进度" + Wording.percent(timeProgress));
        line.setLabelFont(plot.getDomainAxis().getTickLabelFont());
        line.setLabelPaint(new Color(0xD0, 0, 0));
        line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        line.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        line.setLabelBackgroundColor(Color.WHITE);
        plot.addRangeMarker(line, Layer.FOREGROUND);
        // Bars in a quiet blue, so the red line stands out; their labels at the marts' one decimal.
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setSeriesPaint(0, new Color(0x4A, 0x7E, 0xBB));
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.0")));
    }
}
