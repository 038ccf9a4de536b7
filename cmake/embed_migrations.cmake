# Writes OUT, a C++ file defining primowork::db::builtin_migrations() from SRC/*.sql.
# File names: NNNN_name.sql (both backends) or NNNN_name.sqlite.sql + NNNN_name.postgresql.sql.
file(GLOB files ${SRC}/*.sql)
list(SORT files)
set(entries "")
set(seen "")
foreach(f ${files})
  get_filename_component(fname ${f} NAME)
  if(NOT fname MATCHES "^([0-9][0-9][0-9][0-9])_([a-z0-9_]+)(\\.(sqlite|postgresql))?\\.sql$")
    message(FATAL_ERROR "Migration file name must be NNNN_name[.sqlite|.postgresql].sql: ${fname}")
  endif()
  set(num ${CMAKE_MATCH_1})
  set(name ${CMAKE_MATCH_2})
  set(backend "${CMAKE_MATCH_4}")
  math(EXPR version "${num}")
  file(READ ${f} sql)
  if(sql MATCHES "\\)PWSQL\"")
    message(FATAL_ERROR "${fname} contains the raw-string delimiter )PWSQL\"")
  endif()
  if("${backend}" STREQUAL "")
    set(SQLITE_${version} "${sql}")
    set(POSTGRESQL_${version} "${sql}")
  elseif("${backend}" STREQUAL "sqlite")
    set(SQLITE_${version} "${sql}")
  else()
    set(POSTGRESQL_${version} "${sql}")
  endif()
  if(DEFINED NAME_${version} AND NOT "${NAME_${version}}" STREQUAL "${name}")
    message(FATAL_ERROR "Migrations ${NAME_${version}} and ${name} share the number ${num}: renumber one")
  endif()
  set(NAME_${version} ${name})
  list(APPEND seen ${version})
endforeach()
list(REMOVE_DUPLICATES seen)
foreach(v ${seen})
  if(NOT DEFINED SQLITE_${v} OR NOT DEFINED POSTGRESQL_${v})
    message(FATAL_ERROR "Migration ${v} (${NAME_${v}}) lacks its sqlite or postgresql file")
  endif()
  string(APPEND entries "    {${v}, \"${NAME_${v}}\", R\"PWSQL(${SQLITE_${v}})PWSQL\", R\"PWSQL(${POSTGRESQL_${v}})PWSQL\"},\n")
endforeach()
file(WRITE ${OUT}.tmp "// Generated from migrations/*.sql by cmake/embed_migrations.cmake. Do not edit.
#include \"platform/db/migrations.h\"

namespace primowork::db {
const std::vector<Migration>& builtin_migrations() {
  static const std::vector<Migration> migrations = {
${entries}  };
  return migrations;
}
}  // namespace primowork::db
")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
