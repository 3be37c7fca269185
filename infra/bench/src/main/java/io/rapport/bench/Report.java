package io.rapport.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The run's figures: a table on the console and {@code results.json} beside the charts. */
final class Report {

  private final List<Figure> figures = new ArrayList<>();
  private final Map<String, String> charts = new LinkedHashMap<>();

  void add(Figure figure) {
    figures.add(figure);
    System.out.println("  " + row(figure));
  }

  /** A figure that could not be measured in this run, and why. */
  void missing(String id, String what, String reason) {
    add(
        new Figure(
            id,
            what + " (not measured: " + reason + ")",
            Double.NaN,
            "",
            "",
            false,
            "",
            Double.NaN));
  }

  void chart(String name, Path report) {

    charts.put(name, report.toString());
  }

  void print() {
    System.out.println();
    System.out.println(machine());
    System.out.println();
    System.out.println(
        "| id | figure | measured | target | met | raw baseline | baseline | ratio |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    figures.forEach(figure -> System.out.println(row(figure)));
    System.out.println();
    charts.forEach((name, path) -> System.out.println("chart, " + name + ": " + path));
  }

  void write(Path out) throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("at", Instant.now().toString());
    json.put("machine", machine());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Figure figure : figures) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", figure.id());
      row.put("what", figure.what());
      row.put("value", figure.value());
      row.put("unit", figure.unit());
      row.put("target", figure.target());
      row.put("met", figure.met());
      row.put("baseline", figure.baseline());
      row.put(
          "baselineValue", Double.isNaN(figure.baselineValue()) ? null : figure.baselineValue());
      row.put("ratio", Double.isNaN(figure.ratio()) ? null : figure.ratio());
      rows.add(row);
    }
    json.put("figures", rows);
    json.put("charts", charts);
    Files.createDirectories(out);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(out.resolve("results.json").toFile(), json);
  }

  private static String row(Figure f) {
    return String.join(
        " | ",
        "| " + f.id(),
        f.what(),
        Figure.format(f.value()) + " " + f.unit(),
        "–".equals(f.target()) ? "–" : f.target() + " " + f.unit(),
        "–".equals(f.target()) ? "–" : f.met() ? "yes" : "**no**",
        f.baseline().isEmpty() ? "–" : f.baseline(),
        Figure.format(f.baselineValue()),
        Figure.format(f.ratio()) + " |");
  }

  static String machine() {
    return String.format(
        "%d cores, %s %s, Java %s, %s",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        System.getProperty("java.version"),
        cpuModel());
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst()
          .orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }
}
