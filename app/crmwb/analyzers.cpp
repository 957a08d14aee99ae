#include "analyzers.h"

namespace Crm::Cli {

// Declared here, defined one per file (analyze_<name>.cpp).

QList<Analyzer> analyzers()
{
    return {};
}

}  // namespace Crm::Cli
