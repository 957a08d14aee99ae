# Included from core/analysis/CMakeLists.txt: the CLV models (BG/NBD, Pareto/NBD, Gamma-Gamma).
target_sources(crm_core PRIVATE
    clv/bgnbdmodel.cpp clv/bgnbdmodel.h
    clv/clvanalysis.cpp clv/clvanalysis.h
    clv/clvvalidation.cpp clv/clvvalidation.h
    clv/customersummary.cpp clv/customersummary.h
    clv/gammagammamodel.cpp clv/gammagammamodel.h
    clv/optimizer.cpp clv/optimizer.h
    clv/paretonbdmodel.cpp clv/paretonbdmodel.h
    clv/purchasemodel.h
    clv/repeatdata.cpp clv/repeatdata.h
    clv/specialfunctions.cpp clv/specialfunctions.h
)
