package ai.tavari.benchmarks.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/** Latency against concurrent calls, ours and the reference relay's, as a PNG (log-scale milliseconds). */
public final class Plot {
    private static final int PANEL_W = 520;
    private static final int H = 460;
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 52;
    private static final int BOTTOM = 96;
    private static final double MIN_MS = 0.05;
    private static final double MAX_MS = 2000;

    private Plot() {
    }

    public static void write(Path file, List<StepResult> ours, List<StepResult> reference, String subtitle) throws IOException {
        BufferedImage image = new BufferedImage(PANEL_W * 2, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, PANEL_W * 2, H);
        int maxCalls = 0;
        for (StepResult r : ours) {
            maxCalls = Math.max(maxCalls, r.target());
        }
        for (StepResult r : reference) {
            maxCalls = Math.max(maxCalls, r.target());
        }
        maxCalls = Math.max(50, (int) Math.ceil(maxCalls / 100.0) * 100);
        panel(g, 0, "caller → OpenAI (frame in → append out)", ours, reference, s -> s.callerToAi().p50(),
                s -> s.callerToAi().p99(), maxCalls);
        panel(g, PANEL_W, "OpenAI → caller (delta in → media frame out, unpaced)", ours, reference,
                s -> s.aiToCaller().p50(), s -> s.aiToCaller().p99(), maxCalls);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString(subtitle, 10, H - 10);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static void panel(Graphics2D g, int x0, String title, List<StepResult> ours, List<StepResult> reference,
                              ToDoubleFunction<StepResult> p50, ToDoubleFunction<StepResult> p99, int maxCalls) {
        int w = PANEL_W - LEFT - RIGHT;
        int h = H - TOP - BOTTOM;
        int left = x0 + LEFT;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.setColor(Color.BLACK);
        g.drawString(title, left, 24);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (double ms : new double[] {0.1, 1, 10, 100, 1000}) {
            int y = y(ms, h);
            g.setColor(new Color(230, 230, 230));
            g.drawLine(left, y, left + w, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(ms < 1 ? "0.1 ms" : (int) ms + " ms", x0 + 6, y + 4);
        }
        int y10 = y(10, h);
        g.setColor(new Color(200, 120, 0));
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {2, 3}, 0));
        g.drawLine(left, y10, left + w, y10);
        g.drawString("p99 target", left + w - 60, y10 - 4);
        g.setStroke(new BasicStroke(1f));
        g.setColor(Color.GRAY);
        g.drawRect(left, TOP, w, h);
        for (int calls = 0; calls <= maxCalls; calls += Math.max(50, maxCalls / 8 / 50 * 50)) {
            int x = left + (int) ((double) calls / maxCalls * w);
            g.drawLine(x, TOP + h, x, TOP + h + 4);
            g.drawString(Integer.toString(calls), x - 10, TOP + h + 18);
        }
        g.drawString("concurrent calls", left + w / 2 - 40, TOP + h + 34);
        Color ourColor = new Color(0, 90, 200);
        Color refColor = new Color(200, 40, 40);
        series(g, ours, p99, ourColor, false, 2.2f, left, w, h, maxCalls);
        series(g, ours, p50, ourColor, false, 1.0f, left, w, h, maxCalls);
        series(g, reference, p99, refColor, true, 2.2f, left, w, h, maxCalls);
        series(g, reference, p50, refColor, true, 1.0f, left, w, h, maxCalls);
        int ly = TOP + h + 52;
        legend(g, left, ly, ourColor, false, 2.2f, "Tavari p99");
        legend(g, left + 110, ly, ourColor, false, 1.0f, "Tavari p50");
        legend(g, left + 220, ly, refColor, true, 2.2f, "reference p99");
        legend(g, left + 340, ly, refColor, true, 1.0f, "reference p50");
    }

    private static void series(Graphics2D g, List<StepResult> steps, ToDoubleFunction<StepResult> value, Color color,
                               boolean dashed, float width, int left, int w, int h, int maxCalls) {
        g.setColor(color);
        g.setStroke(dashed ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {6, 4}, 0)
                : new BasicStroke(width));
        int px = -1;
        int py = -1;
        for (StepResult step : steps) {
            double v = value.applyAsDouble(step);
            if (Double.isNaN(v)) {
                continue;
            }
            int x = left + (int) ((double) step.target() / maxCalls * w);
            int y = y(v, h);
            if (px >= 0) {
                g.drawLine(px, py, x, y);
            }
            g.fillOval(x - 3, y - 3, 6, 6);
            px = x;
            py = y;
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static void legend(Graphics2D g, int x, int y, Color color, boolean dashed, float width, String label) {
        g.setColor(color);
        g.setStroke(dashed ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {6, 4}, 0)
                : new BasicStroke(width));
        g.drawLine(x, y, x + 24, y);
        g.setStroke(new BasicStroke(1f));
        g.setColor(Color.BLACK);
        g.drawString(label, x + 28, y + 4);
    }

    private static int y(double ms, int h) {
        double clamped = Math.max(MIN_MS, Math.min(MAX_MS, ms));
        double f = (Math.log10(clamped) - Math.log10(MIN_MS)) / (Math.log10(MAX_MS) - Math.log10(MIN_MS));
        return TOP + h - (int) Math.round(f * h);
    }
}
