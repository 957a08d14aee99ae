# Included from tests/core/analysis/CMakeLists.txt: CLV models and clusters.
crm_add_test(tst_bgnbd SOURCES tst_bgnbd.cpp cdnowdata.h LABEL analysis)
crm_add_test(tst_gammagamma SOURCES tst_gammagamma.cpp cdnowdata.h LABEL analysis)
crm_add_test(tst_paretonbd SOURCES tst_paretonbd.cpp cdnowdata.h LABEL analysis)
crm_add_test(tst_clvsummary SOURCES tst_clvsummary.cpp cdnowdata.h LABEL analysis)
crm_add_test(tst_clvvalidation SOURCES tst_clvvalidation.cpp cdnowdata.h LABEL analysis)
crm_add_test(tst_clvanalysis SOURCES tst_clvanalysis.cpp cdnowdata.h LABEL analysis)
crm_add_test(tst_kmeans SOURCES tst_kmeans.cpp LABEL analysis)
crm_add_test(tst_clvoptimizer SOURCES tst_clvoptimizer.cpp LABEL analysis)
# Online Retail regression (data in ../shared, gzip): built where zlib is found.
find_package(ZLIB QUIET)
if(ZLIB_FOUND)
    crm_add_test(tst_clvonlineretail SOURCES tst_clvonlineretail.cpp LIBS ZLIB::ZLIB LABEL analysis)
endif()
