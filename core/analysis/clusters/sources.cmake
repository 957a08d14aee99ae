# Included from core/analysis/CMakeLists.txt: k-means customer clusters.
target_sources(crm_core PRIVATE
    clusters/clusteranalysis.cpp clusters/clusteranalysis.h
    clusters/kmeans.cpp clusters/kmeans.h
)
