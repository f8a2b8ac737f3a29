# Runs lupdate over the sources into a copy of the .ts file and fails when an entry is
# unfinished (new or changed source text) or has an empty translation. LUPDATE_EXTRA:
# -pluralonly for the English catalogue (plural forms only).
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
get_filename_component(_name ${TS_FILE} NAME)
configure_file(${TS_FILE} ${WORK_DIR}/${_name} COPYONLY)
execute_process(
    COMMAND ${LUPDATE} -silent ${LUPDATE_EXTRA} -no-obsolete -locations none -I ${SOURCE_DIR} @${SOURCES_LIST} -ts ${WORK_DIR}/${_name}
    RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${_rc}): ${_out} ${_err}")
endif()
file(READ ${WORK_DIR}/${_name} _ts)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*(<comment>[^<]*</comment>[ \n\r\t]*)?<translation type=\"unfinished\"" _unfinished "${_ts}")
list(LENGTH _unfinished _count)
if(_count GREATER 0)
    list(SUBLIST _unfinished 0 10 _first)
    string(REPLACE ";" "\n" _first "${_first}")
    message(FATAL_ERROR "${_count} translation(s) missing or unfinished, for example:\n${_first}\n"
        "Run: cmake --build build --target update_translations, then translate in ${TS_FILE}")
endif()
string(REGEX MATCHALL "<translation></translation>" _empty "${_ts}")
list(LENGTH _empty _emptyCount)
if(_emptyCount GREATER 0)
    message(FATAL_ERROR "${_emptyCount} empty translation(s) in ${TS_FILE}")
endif()
string(REGEX MATCHALL "<numerusform></numerusform>" _emptyForms "${_ts}")
list(LENGTH _emptyForms _emptyFormCount)
if(_emptyFormCount GREATER 0)
    message(FATAL_ERROR "${_emptyFormCount} empty plural form(s) in ${TS_FILE}")
endif()
message(STATUS "Translation complete: ${TS_FILE}")
