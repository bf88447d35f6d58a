# bench/table.jq: Google Benchmark JSON (lexgap-bench) to the record's table.
# Medians of the repetitions; "x memchr" is a row's bytes per second over the
# memchr newline scan of the same bytes in the same run.

# A benchmark's name as registered, without the suffixes Google Benchmark adds
# ("/iterations:1", "/repeats:3", "/real_time", "/manual_time").
def base: .run_name | sub("/(iterations:|repeats:|real_time|manual_time).*$"; "");
def median(n): first(.benchmarks[] | select(base == n and .aggregate_name == "median")) // null;
def failed(n): first(.benchmarks[] | select(base == n and .error_occurred == true)) // null;
def single(n): first(.benchmarks[] | select(base == n)) // null;
# Bytes per second of the benchmark thread's CPU time: on a shared machine the
# one-core figure that waiting for a core does not lower.
def per_cpu: .bytes_per_second * .real_time / .cpu_time;
def fix(d): (. * pow(10; d) | round) / pow(10; d) | tostring;
def verdict(ok): if ok then "met" else "MISSED" end;

. as $r
| ($r.context) as $c
| [
    (median("memchr_newlines") as $b
     | ["0", "memchr newline scan (anchor)", "\($b.bytes_per_second / 1e6 | fix(0)) MB/s", ($b.x_memchr | fix(2)), "-", "-"]),
    (median("parse_to_ast") as $b
     | ["1", "parse to AST, 1 thread", "\($b.bytes_per_second / 1e6 | fix(1)) MB/s (\($b | per_cpu / 1e6 | fix(1)) per CPU-s)",
        ($b.x_memchr | fix(4)), "-", "-"]),
    (median("parse_normalize/threads:1") as $b
     | ["2", "parse + normalize from files (load_workspace), 1 thread",
        "\($b.bytes_per_second / 1e6 | fix(1)) MB/s (\($b | per_cpu / 1e6 | fix(1)) per CPU-s)",
        ($b.x_memchr | fix(4)), ">= 250 MB/s", verdict($b.bytes_per_second >= 250e6)]),
    (median("parse_normalize/threads:2") as $b
     | ["2", "parse + normalize from files (load_workspace), 2 threads",
        "\($b.bytes_per_second / 1e6 | fix(1)) MB/s", ($b.x_memchr | fix(4)), "-", "-"]),
    (median("compare_opsc/10000/threads:1") as $b
     | ["3", "compare_all vs opsc, 10,000 jurisdictions, 1 thread",
        "\($b.findings_per_second / 1e3 | fix(0)) k findings/s", "-", "-", "-"]),
    (median("compare_opsc/10000/threads:2") as $b
     | ["3", "compare_all vs opsc, 10,000 jurisdictions, 2 threads",
        "\($b.findings_per_second / 1e3 | fix(0)) k findings/s", "-", "-", "-"]),
    (["31", "1000", "10000"][] as $n | median("end_to_end/\($n)") as $b
     | ["4", "lexgap compare --format json, \($n) jurisdictions (\($b.input_MB | fix(2)) MB in, \($b.output_MB | fix(1)) MB out)",
        "\($b.real_time / 1e3 | fix(3)) s wall (\($b.child_cpu_ms / 1e3 | fix(3)) s CPU), \($b.peak_rss_MB | fix(1)) MB peak RSS (\($b.rss_per_input | fix(1))x input)", "-",
        (if $n == "10000" then "<= 1 s; RSS <= 3x input" else "-" end),
        (if $n == "10000" then "wall \(verdict($b.real_time <= 1000)); RSS \(verdict($b.rss_per_input <= 3))" else "-" end)]),
    (try (single("stages/10000") as $b
     | ["4", "stages in-process on 2 threads, each stage whole (time; heap added)",
        "load \($b.load_s | fix(2)) s, \($b.load_MB | fix(0)) MB; compare \($b.compare_s | fix(2)) s, \($b.compare_MB | fix(0)) MB; JSON written to a file \($b.json_s | fix(2)) s, \($b.json_MB | fix(0)) MB",
        "-", "-", "-"])
     catch ["4", "stages of row 4", "not measured in this run", "-", "-", "-"]),
    (try (median("io_floor/10000") as $b
     | ["4", "floor: read the \($b.files | fix(0)) files, then write \($b.output_MB | fix(1)) MB to a file, 1 thread, no lexgap work",
        "\($b.real_time / 1e3 | fix(2)) s wall (write \($b.write_s | fix(2)) s)", "-", "-", "-"])
     catch ["4", "floor of row 4", "not measured in this run", "-", "-", "-"]),
    (single("determinism/10000/threads:1_vs_2") as $b
     | ["4", "10,000: JSON with threads=1 vs threads=2 (load_workspace + compare_all + FindingsJsonWriter)",
        (if $b.error_occurred then $b.error_message else "identical (\($b.json_bytes / 1e6 | fix(1)) MB)" end), "-",
        "identical", verdict($b.error_occurred | not)]),
    (median("check_one_file") as $b
     | ["5", "lexgap check \($c.check_file) (whole process)", "\($b.real_time | fix(2)) ms wall, \($b.child_cpu_ms | fix(2)) ms CPU (median of 31)", "-",
        "<= 5 ms", verdict($b.real_time <= 5)]),
    (try (median("process_floor") as $b
     | ["5", "floor: /bin/true (whole process)", "\($b.real_time | fix(2)) ms wall, \($b.child_cpu_ms | fix(2)) ms CPU (median of 31)", "-", "-", "-"])
     catch ["5", "floor of row 5", "not measured in this run", "-", "-", "-"]),
    (median("load_workspace/library_only") as $a | median("load_workspace/library_and_check_file") as $b
     | ["5", "in-process load_workspace (2 threads): library alone / library + that file",
        "\($a.real_time | fix(2)) / \($b.real_time | fix(2)) ms wall", "-", "-", "-"]),
    (if failed("rank/200/samples:10000") != null then
       ["6", "lexgap rank, 10,000 samples, 200 jurisdictions", "not yet measured: rank not built", "-", "<= 200 ms", "-"]
     else
       (median("rank/200/samples:10000") as $with | median("rank/200/samples:0") as $without
        | ["6", "lexgap rank, 200 jurisdictions: samples 10,000 minus samples 0",
           "\($with.real_time - $without.real_time | fix(1)) ms wall (\($with.real_time | fix(1)) - \($without.real_time | fix(1))), \($with.child_cpu_ms - $without.child_cpu_ms | fix(1)) ms CPU",
           "-", "<= 200 ms", verdict($with.real_time - $without.real_time <= 200)])
     end)
  ]
| [["#", "measurement", "figure", "x memchr", "target", "verdict"], ["-", "-", "-", "-", "-", "-"]] as $head
| ($head + .)[]
| "| " + join(" | ") + " |"
