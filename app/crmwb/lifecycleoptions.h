#pragma once

#include "analysis/lifecycle/lifecycle.h"
#include "common/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

namespace Crm::Cli {

// The lifecycle rule's settings as options, shared by `analyze lifecycle`, `funnel` and
// `campaigns` (the dormant rule of the reactivation rate), so every parameter of DESIGN.md
// can be set from the command line.
QList<QCommandLineOption> lifecycleRuleOptions();

// Applies the options that are set to request; BadUsage for a malformed value.
Core::VoidResult applyLifecycleRuleOptions(const QCommandLineParser &parser, Core::Analysis::LifecycleRequest &request);

// A whole number option within [minimum, maximum]; fallback when the option is not set.
Core::Result<int> intOption(const QCommandLineParser &parser, const QString &name, int fallback, int minimum,
                            int maximum);
// A finite number option >= minimum; fallback when the option is not set.
Core::Result<double> realOption(const QCommandLineParser &parser, const QString &name, double fallback, double minimum);

}  // namespace Crm::Cli
