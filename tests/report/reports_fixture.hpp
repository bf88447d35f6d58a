// Test support for the batch reports: the fixture corpus compared with a
// baseline and ready for the renderers, and scratch folders under the build tree.
#pragma once

#include "engine/compare/compare.hpp"
#include "engine/report/batch/batch.hpp"
#include "fixture.hpp"

#include <algorithm>
#include <optional>
#include <unistd.h>

namespace lexgap::testing {

class FixtureReports {
 public:
  struct Options {
    std::string baseline = "opsc";
    bool with_pending = false;
    std::string generated;
    std::vector<std::string> paths{"tests/report/fixtures"};
  };

  explicit FixtureReports(Options const& options) : ws_(load_files(options.paths)) {
    auto const& baseline = ws_.baselines.at(options.baseline);
    findings_ = compare::compare_all(ws_.jurisdictions, baseline, ws_.taxonomy, ws_.overrides, {options.with_pending});
    batch_.emplace(report::batch::make_batch(ws_, baseline, findings_, {options.with_pending, options.generated}));
  }
  FixtureReports() : FixtureReports(Options{}) {}
  // The batch refers into the workspace: neither may move.
  FixtureReports(FixtureReports const&) = delete;
  FixtureReports& operator=(FixtureReports const&) = delete;

  report::batch::Batch const& batch() const { return *batch_; }
  Workspace const& workspace() const { return ws_; }

 private:
  Workspace ws_;
  std::vector<model::Finding> findings_;
  std::optional<report::batch::Batch> batch_;
};

// An empty folder under the build tree, unique to this process.
inline std::filesystem::path fresh_folder(std::string const& name) {
  auto folder = std::filesystem::path(LEXGAP_BINARY_DIR) / "test-fixtures" /
                ("report-" + std::to_string(::getpid()) + "-" + name);
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  return folder;
}

// The names in a folder, sorted.
inline std::vector<std::string> names_in(std::filesystem::path const& folder) {
  std::vector<std::string> names;
  for (auto const& entry : std::filesystem::directory_iterator(folder)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace lexgap::testing
