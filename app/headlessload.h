#pragma once

namespace pc {
struct Settings;
}

namespace pc::app {

/// `--headless --load SPEC`: serves the demo service, runs the one load run of
/// `settings.load` against it (or against the spec's URL), prints its summary on stdout as
/// text or JSON and returns the exit code: 0 when the run ended, 1 when a port cannot be
/// served. SIGINT or SIGTERM stop the run early; its summary is still printed. GUI thread
/// (the main thread of a QCoreApplication).
int runHeadlessLoad(const pc::Settings &settings);

}  // namespace pc::app
