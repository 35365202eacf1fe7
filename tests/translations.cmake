# Fails when the zh_CN translation is incomplete: refreshes a copy of the .ts
# from the current sources with lupdate, then counts unfinished entries. A new
# tr() string without a translation therefore fails the build's tests.
# Run as: cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P translations.cmake
set(ts "${WORK_DIR}/bangfu_zh_CN.ts")
file(COPY_FILE "${SOURCE_DIR}/translations/bangfu_zh_CN.ts" "${ts}")
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none
            "${SOURCE_DIR}/models" "${SOURCE_DIR}/views" "${SOURCE_DIR}/app" -ts "${ts}"
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed")
endif()
file(READ "${ts}" content)
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*<translation type=\"unfinished\"" missing "${content}")
list(LENGTH missing count)
if(count GREATER 0)
    string(REPLACE ";" "\n" missing "${missing}")
    message(FATAL_ERROR "${count} zh_CN strings are untranslated; run "
        "'cmake --build build --target update_translations' and translate them:\n${missing}")
endif()
string(REGEX MATCHALL "<message" all "${content}")
list(LENGTH all total)
if(total LESS 50)
    message(FATAL_ERROR "only ${total} messages found: is lupdate scanning the sources?")
endif()
message(STATUS "zh_CN translation complete: ${total} messages")
