#include "analyzers.h"

namespace Crm::Cli {

// Declared here, defined one per file (analyze_<name>.cpp).

QList<Analyzer> analyzers()
{
    return {rfmAnalyzer(),       tiersAnalyzer(), lifecycleAnalyzer(), cohortsAnalyzer(), funnelAnalyzer(),
            campaignsAnalyzer(), clvAnalyzer(),   clustersAnalyzer(),  pointsAnalyzer(),  refreshAnalyzer()};
}

}  // namespace Crm::Cli
