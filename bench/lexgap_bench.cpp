// lexgap-bench: the performance record (bench/README.md). Google Benchmark
// runs every measurement; bench/run turns its JSON into one table.
//
//   lexgap-bench --data=DIR --lexgap=PATH [--benchmark_* flags]
//
// DIR holds the corpora bench/run generates: throughput/ (a few large files),
// j200/, j1000/ and j10000/ (one jurisdiction per file). The 31 jurisdictions
// are the bundled corpus's.
//
// Throughput rows carry `x_memchr`: their bytes per second divided by a
// memchr newline scan of the same bytes, measured at start-up in this run
// (cpp-notes §2 anchors X3 at about 3% of memchr).
#include "engine/compare/compare.hpp"
#include "engine/report/findings.hpp"
#include "engine/workspace/workspace.hpp"
#include "grammar/parse.hpp"

#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <iostream>
#include <malloc.h>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char** environ;

namespace lexgap::bench {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct Settings {
  fs::path data;
  fs::path lexgap;
};
Settings settings;

std::uint64_t bytes_of(std::vector<std::string> const& files) {
  std::uint64_t total = 0;
  for (auto const& f : files) total += fs::file_size(f);
  return total;
}

std::vector<std::string> lgl_files(fs::path const& dir) { return expand_lgl_paths({dir.string()}); }

// ---- the memchr anchor ------------------------------------------------------

std::size_t count_newlines(std::string_view text) {
  std::size_t lines = 0;
  char const* p = text.data();
  char const* end = p + text.size();
  while ((p = static_cast<char const*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))))) {
    ++lines;
    ++p;
  }
  return lines;
}

// The source files of a folder, read once and kept in memory.
struct InMemoryCorpus {
  std::vector<SourceFile> files;
  std::uint64_t bytes = 0;
};

InMemoryCorpus const& throughput_corpus() {
  static InMemoryCorpus const corpus = [] {
    InMemoryCorpus c;
    for (auto const& path : lgl_files(settings.data / "throughput")) {
      auto loaded = load_source_file(path);
      if (loaded.error) throw std::runtime_error("cannot read " + path);
      c.bytes += loaded.file->text().size();
      c.files.push_back(std::move(*loaded.file));
    }
    return c;
  }();
  return corpus;
}

// Bytes per second of the newline scan: best of 20 passes over the corpus.
double memchr_bytes_per_second(InMemoryCorpus const& corpus) {
  double best = 0;
  for (int pass = 0; pass < 20; ++pass) {
    auto start = Clock::now();
    std::size_t lines = 0;
    for (auto const& f : corpus.files) lines += count_newlines(f.text());
    benchmark::DoNotOptimize(lines);
    double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    best = std::max(best, static_cast<double>(corpus.bytes) / seconds);
  }
  return best;
}
double memchr_rate = 0;

// Bytes per second and their ratio to the memchr scan of the same bytes.
void set_throughput(benchmark::State& state, std::uint64_t bytes_per_iteration) {
  auto total = static_cast<double>(bytes_per_iteration) * static_cast<double>(state.iterations());
  state.SetBytesProcessed(static_cast<std::int64_t>(total));
  state.counters["x_memchr"] = benchmark::Counter(total / memchr_rate, benchmark::Counter::kIsRate);
}

// ---- in-process benchmarks ----------------------------------------------------

void memchr_scan(benchmark::State& state) {
  auto const& corpus = throughput_corpus();
  for (auto _ : state) {
    std::size_t lines = 0;
    for (auto const& f : corpus.files) lines += count_newlines(f.text());
    benchmark::DoNotOptimize(lines);
  }
  set_throughput(state, corpus.bytes);
}

void parse_to_ast(benchmark::State& state) {
  auto const& corpus = throughput_corpus();
  for (auto _ : state)
    for (auto const& f : corpus.files) {
      auto parsed = parse(f);
      if (!parsed.diagnostics.empty()) {
        state.SkipWithError("the generated corpus has a syntax error");
        return;
      }
      benchmark::DoNotOptimize(parsed);
    }
  set_throughput(state, corpus.bytes);
}

WorkspaceOptions workspace_options(unsigned threads) {
  WorkspaceOptions options;
  options.corpus_dir = default_corpus_dir();
  options.threads = threads;
  return options;
}

// From files: read, parse, check and normalize (load_workspace), as every command does.
void parse_normalize(benchmark::State& state, unsigned threads) {
  auto files = lgl_files(settings.data / "throughput");
  for (auto _ : state) {
    auto ws = load_workspace(files, workspace_options(threads));
    if (ws.has_errors()) {
      state.SkipWithError("the generated corpus has errors");
      return;
    }
    benchmark::DoNotOptimize(ws);
  }
  set_throughput(state, bytes_of(files));
}

// What `lexgap check FILE` does in-process: the library (sources, taxonomy,
// baselines) is loaded with every file, so it is the fixed cost of row 5.
void load_for_check(benchmark::State& state, std::vector<std::string> const& files) {
  for (auto _ : state) {
    auto ws = load_workspace(files, workspace_options(0));
    benchmark::DoNotOptimize(ws);
  }
}

Workspace const& ten_thousand() {
  static Workspace const ws = load_workspace({(settings.data / "j10000").string()}, workspace_options(0));
  return ws;
}

void compare_opsc(benchmark::State& state, unsigned threads) {
  auto const& ws = ten_thousand();
  auto const& opsc = ws.baselines.at("opsc");
  std::size_t findings = 0;
  for (auto _ : state) {
    auto result = compare::compare_all(ws.jurisdictions, opsc, ws.taxonomy, ws.overrides, {}, threads);
    findings += result.size();
    benchmark::DoNotOptimize(result);
  }
  state.counters["findings_per_second"] = benchmark::Counter(static_cast<double>(findings), benchmark::Counter::kIsRate);
}

// Where row 4's time and peak RSS go: each stage of `lexgap compare --format
// json` in-process on both cores, timed, with the heap bytes in use (mallinfo2)
// it added. The sum is a lower bound of the peak: temporaries are not seen.
void stages(benchmark::State& state) {
  auto in_use = [] {
    auto m = mallinfo2();
    return static_cast<double>(m.uordblks + m.hblkhd);
  };
  for (auto _ : state) {
    std::vector<std::pair<char const*, Clock::time_point>> marks{{"", Clock::now()}};
    std::vector<double> heap{in_use()};
    auto mark = [&](char const* stage) {
      marks.emplace_back(stage, Clock::now());
      heap.push_back(in_use());
    };
    auto ws = load_workspace({(settings.data / "j10000").string()}, workspace_options(0));
    mark("load");
    auto const& opsc = ws.baselines.at("opsc");
    auto findings = compare::compare_all(ws.jurisdictions, opsc, ws.taxonomy, ws.overrides, {}, 0);
    mark("compare");
    {
      // On both cores, as `lexgap compare` writes it.
      std::ofstream out(settings.data / "stages.json");
      report::FindingsJsonWriter writer(out, opsc, {}, 0);
      writer.write(ws.jurisdictions, findings);
      writer.finish();
    }
    mark("json");
    for (std::size_t i = 1; i < marks.size(); ++i) {
      state.counters[fmt::format("{}_s", marks[i].first)] =
          std::chrono::duration<double>(marks[i].second - marks[i - 1].second).count();
      state.counters[fmt::format("{}_MB", marks[i].first)] = (heap[i] - heap[i - 1]) / 1e6;
    }
  }
}

// ---- whole processes ------------------------------------------------------------

struct ProcessRun {
  double seconds = 0;
  double cpu_seconds = 0;  // the child's user + system time
  long peak_rss_kib = 0;   // only when run through GNU time
  int exit_code = -1;
};

fs::path scratch_output() { return settings.data / "out.json"; }
fs::path rss_report() { return settings.data / "rss.txt"; }

// GNU time's report: its last line is the child's peak RSS in KiB.
long read_rss_report() {
  std::ifstream in(rss_report());
  std::string line, last;
  while (std::getline(in, line))
    if (!line.empty()) last = line;
  return last.empty() ? 0 : std::stol(last);
}

enum class PeakRss { skip, measure };

// Runs `lexgap args...` with stdout to `out` and stderr to /dev/null; wall
// time from spawn to exit. A child inherits its parent's peak RSS across
// fork and exec (Linux keeps the high-water mark), and this process holds
// gigabytes, so the peak is taken by /usr/bin/time, itself small, which
// starts lexgap as its own child.
ProcessRun run_process(std::string const& program, std::vector<std::string> const& args, std::string const& out,
                       PeakRss rss = PeakRss::skip) {
  std::vector<std::string> argv_storage;
  if (rss == PeakRss::measure) argv_storage = {"/usr/bin/time", "-f", "%M", "-o", rss_report().string()};
  argv_storage.push_back(program);
  argv_storage.insert(argv_storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_storage) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  ProcessRun run;
  auto start = Clock::now();
  pid_t pid = 0;
  int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) return run;
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  run.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  auto seconds = [](timeval t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  run.cpu_seconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  if (rss == PeakRss::measure) run.peak_rss_kib = read_rss_report();
  return run;
}

ProcessRun run_lexgap(std::vector<std::string> const& args, std::string const& out, PeakRss rss = PeakRss::skip) {
  return run_process(settings.lexgap.string(), args, out, rss);
}

// The child's CPU time per run, beside the wall time: on a shared machine the
// two differ by the time the child waited for a core.
void set_child_cpu(benchmark::State& state, double cpu_seconds) {
  state.counters["child_cpu_ms"] = benchmark::Counter(cpu_seconds * 1e3, benchmark::Counter::kAvgIterations);
}

// Row 4: files to JSON findings, the real command on both cores.
void end_to_end(benchmark::State& state, fs::path const& folder) {
  auto input_bytes = bytes_of(lgl_files(folder));
  long peak = 0;
  double cpu = 0;
  for (auto _ : state) {
    auto run = run_lexgap({"compare", "--baseline", "opsc", "--format", "json", folder.string()},
                          scratch_output().string(), PeakRss::measure);
    if (run.exit_code != 0) {
      state.SkipWithError(fmt::format("lexgap compare exited with {}", run.exit_code).c_str());
      return;
    }
    state.SetIterationTime(run.seconds);
    cpu += run.cpu_seconds;
    peak = std::max(peak, run.peak_rss_kib);
  }
  set_child_cpu(state, cpu);
  state.counters["peak_rss_MB"] = static_cast<double>(peak) * 1024 / 1e6;
  state.counters["input_MB"] = static_cast<double>(input_bytes) / 1e6;
  state.counters["rss_per_input"] = static_cast<double>(peak) * 1024 / static_cast<double>(input_bytes);
  state.counters["output_MB"] = static_cast<double>(fs::file_size(scratch_output())) / 1e6;
}

// Row 5: `lexgap check` of one corpus file, the largest.
fs::path largest_corpus_file() {
  fs::path best;
  std::uintmax_t size = 0;
  for (auto const& f : lgl_files(default_corpus_dir() / "jurisdictions"))
    if (fs::file_size(f) > size) size = fs::file_size(f), best = f;
  return best;
}

void check_one_file(benchmark::State& state, fs::path const& file) {
  double cpu = 0;
  for (auto _ : state) {
    auto run = run_lexgap({"check", file.string()}, "/dev/null");
    if (run.exit_code != 0) {
      state.SkipWithError(fmt::format("lexgap check exited with {}", run.exit_code).c_str());
      return;
    }
    state.SetIterationTime(run.seconds);
    cpu += run.cpu_seconds;
  }
  set_child_cpu(state, cpu);
}

// The floors under rows 4 and 5 on this machine, measured the same way: a
// process that does nothing (`/bin/true`), and the file work any program
// must do for row 4 (read every input file; write as many bytes as row 4's
// output), in-process on one thread.
void process_floor(benchmark::State& state) {
  double cpu = 0;
  for (auto _ : state) {
    auto run = run_process("/bin/true", {}, "/dev/null");
    state.SetIterationTime(run.seconds);
    cpu += run.cpu_seconds;
  }
  set_child_cpu(state, cpu);
}

void io_floor(benchmark::State& state, fs::path const& folder) {
  auto files = lgl_files(folder);
  auto output_bytes = fs::exists(scratch_output()) ? fs::file_size(scratch_output()) : 0;
  std::string block(1 << 20, 'x');
  for (auto _ : state) {
    std::uint64_t read = 0;
    for (auto const& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      read += text.size();
    }
    auto read_done = Clock::now();
    {
      std::ofstream out(settings.data / "io-floor.out", std::ios::binary);
      for (std::uintmax_t written = 0; written < output_bytes; written += block.size())
        out.write(block.data(), static_cast<std::streamsize>(std::min<std::uintmax_t>(block.size(), output_bytes - written)));
    }
    state.counters["write_s"] = std::chrono::duration<double>(Clock::now() - read_done).count();
    benchmark::DoNotOptimize(read);
  }
  fs::remove(settings.data / "io-floor.out");
  state.counters["output_MB"] = static_cast<double>(output_bytes) / 1e6;
  state.counters["files"] = static_cast<double>(files.size());
}

// Row 6: `lexgap rank` on 200 jurisdictions; the cost of the samples is the
// difference between --samples 10000 and --samples 0.
void rank_process(benchmark::State& state, std::size_t samples) {
  double cpu = 0;
  for (auto _ : state) {
    auto run = run_lexgap({"rank", "--baseline", "opsc", "--format", "json", "--samples", std::to_string(samples),
                           (settings.data / "j200").string()},
                          scratch_output().string());
    if (run.exit_code != 0) {
      state.SkipWithError(fmt::format("lexgap rank exited with {}", run.exit_code).c_str());
      return;
    }
    state.SetIterationTime(run.seconds);
    cpu += run.cpu_seconds;
  }
  set_child_cpu(state, cpu);
}

void rank_not_built(benchmark::State& state) {
  for (auto _ : state) {
  }
  state.SkipWithError("not yet measured: rank not built");
}

bool lexgap_has_rank() {
  return run_lexgap({"rank", "--help"}, "/dev/null").exit_code == 0;
}

// ---- determinism ---------------------------------------------------------------------

// The bytes `lexgap compare --format json` prints for the 10,000, computed with
// the given number of threads for loading, comparing and rendering.
std::string findings_text_with(unsigned threads) {
  auto ws = load_workspace({(settings.data / "j10000").string()}, workspace_options(threads));
  auto const& opsc = ws.baselines.at("opsc");
  auto findings = compare::compare_all(ws.jurisdictions, opsc, ws.taxonomy, ws.overrides, {}, threads);
  std::ostringstream json;
  report::FindingsJsonWriter writer(json, opsc, {}, threads);
  writer.write(ws.jurisdictions, findings);
  writer.finish();
  return std::move(json).str();
}

// Not a timing: the check that the output does not depend on the thread count.
void determinism(benchmark::State& state) {
  for (auto _ : state) {
    auto one = findings_text_with(1);
    auto two = findings_text_with(2);
    if (one != two) {
      state.SkipWithError(fmt::format("DIFFERENT ({} vs {} bytes)", one.size(), two.size()).c_str());
      return;
    }
    state.counters["json_bytes"] = static_cast<double>(one.size());
  }
}

void register_benchmarks() {
  using benchmark::RegisterBenchmark;
  using benchmark::kMillisecond;
  auto throughput = [](auto* b) { b->UseRealTime()->Unit(kMillisecond)->Repetitions(3)->ReportAggregatesOnly(true); };
  throughput(RegisterBenchmark("memchr_newlines", memchr_scan));
  throughput(RegisterBenchmark("parse_to_ast", parse_to_ast));
  throughput(RegisterBenchmark("parse_normalize/threads:1", parse_normalize, 1u));
  throughput(RegisterBenchmark("parse_normalize/threads:2", parse_normalize, 2u));
  throughput(RegisterBenchmark("compare_opsc/10000/threads:1", compare_opsc, 1u));
  throughput(RegisterBenchmark("compare_opsc/10000/threads:2", compare_opsc, 2u));
  RegisterBenchmark("stages/10000", stages)->UseRealTime()->Iterations(1)->Unit(kMillisecond);
  RegisterBenchmark("determinism/10000/threads:1_vs_2", determinism)->Iterations(1)->Unit(kMillisecond);

  auto process = [](auto* b, int repetitions) {
    b->UseManualTime()->Iterations(1)->Repetitions(repetitions)->ReportAggregatesOnly(true)->Unit(kMillisecond);
  };
  process(RegisterBenchmark("end_to_end/31", end_to_end, default_corpus_dir() / "jurisdictions"), 5);
  process(RegisterBenchmark("end_to_end/1000", end_to_end, settings.data / "j1000"), 5);
  process(RegisterBenchmark("end_to_end/10000", end_to_end, settings.data / "j10000"), 3);
  RegisterBenchmark("io_floor/10000", io_floor, settings.data / "j10000")
      ->UseRealTime()->Iterations(1)->Repetitions(3)->ReportAggregatesOnly(true)->Unit(kMillisecond);
  process(RegisterBenchmark("process_floor", process_floor), 31);
  auto check_file = largest_corpus_file();
  benchmark::AddCustomContext("check_file", check_file.string());
  process(RegisterBenchmark("check_one_file", check_one_file, check_file), 31);
  throughput(RegisterBenchmark("load_workspace/library_only", load_for_check, std::vector<std::string>{}));
  throughput(RegisterBenchmark("load_workspace/library_and_check_file", load_for_check,
                               std::vector<std::string>{check_file.string()}));
  if (lexgap_has_rank()) {
    process(RegisterBenchmark("rank/200/samples:0", rank_process, std::size_t{0}), 5);
    process(RegisterBenchmark("rank/200/samples:10000", rank_process, std::size_t{10000}), 5);
  } else {
    RegisterBenchmark("rank/200/samples:10000", rank_not_built)->Iterations(1);
  }
}

}  // namespace
}  // namespace lexgap::bench

int main(int argc, char** argv) {
  using lexgap::bench::settings;
  benchmark::Initialize(&argc, argv);
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg.starts_with("--data="))
      settings.data = arg.substr(7);
    else if (arg.starts_with("--lexgap="))
      settings.lexgap = arg.substr(9);
    else {
      std::cerr << "lexgap-bench: unknown argument '" << arg << "'; usage: lexgap-bench --data=DIR --lexgap=PATH\n";
      return 2;
    }
  }
  if (settings.data.empty() || settings.lexgap.empty()) {
    std::cerr << "usage: lexgap-bench --data=DIR --lexgap=PATH [--benchmark_* flags]\n";
    return 2;
  }
  try {
    auto const& corpus = lexgap::bench::throughput_corpus();
    lexgap::bench::memchr_rate = lexgap::bench::memchr_bytes_per_second(corpus);
    benchmark::AddCustomContext("throughput_corpus_bytes", std::to_string(corpus.bytes));
    benchmark::AddCustomContext("memchr_MB_per_s", fmt::format("{:.0f}", lexgap::bench::memchr_rate / 1e6));
    lexgap::bench::register_benchmarks();
  } catch (std::exception const& e) {
    std::cerr << "lexgap-bench: " << e.what() << "\n";
    return 1;
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
