# Proves the layer rules on the built binaries: bangfu-cli needs no Qt Widgets,
# and a program that links only bangfu_models needs neither Qt Gui nor Widgets.
# Run as: cmake -DCLI=... -DMODELS_ONLY=... -P layering.cmake
function(needed_libraries binary out)
    execute_process(COMMAND readelf -d "${binary}" OUTPUT_VARIABLE dyn RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "readelf failed on ${binary}")
    endif()
    string(REGEX MATCHALL "Shared library: \\[[^]]+\\]" libs "${dyn}")
    set(${out} "${libs}" PARENT_SCOPE)
endfunction()

needed_libraries("${CLI}" cli_libs)
if(cli_libs MATCHES "Qt6Widgets")
    message(FATAL_ERROR "bangfu-cli links Qt Widgets: ${cli_libs}")
endif()
if(NOT cli_libs MATCHES "sqlite3" OR NOT cli_libs MATCHES "sodium" OR NOT cli_libs MATCHES "icu")
    message(FATAL_ERROR "bangfu-cli should link SQLite, libsodium and ICU: ${cli_libs}")
endif()

needed_libraries("${MODELS_ONLY}" models_libs)
if(models_libs MATCHES "Qt6Gui" OR models_libs MATCHES "Qt6Widgets")
    message(FATAL_ERROR "bangfu_models pulls in Qt Gui or Widgets: ${models_libs}")
endif()
message(STATUS "layering ok")
