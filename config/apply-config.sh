#!/usr/bin/env bash
# Applies every *.cli script of this folder, in name order, to a WildFly 39 server.
#
#   config/apply-config.sh offline <JBOSS_HOME>          edits standalone.xml with an embedded server (no server running)
#   config/apply-config.sh online  <JBOSS_HOME> [host:port]  a running server's management interface, then reloads it
#
# POSTGRESQL_JAR   path to the PostgreSQL JDBC driver jar (registered as the module org.postgresql)
# SERVER_CONFIG    the server configuration to edit offline (default standalone.xml; standalone-ha.xml for a cluster)
# The scripts are idempotent: applying them twice leaves the same configuration.
set -euo pipefail

mode=${1:?usage: apply-config.sh offline|online JBOSS_HOME [controller]}
jboss_home=${2:?usage: apply-config.sh offline|online JBOSS_HOME [controller]}
controller=${3:-localhost:9990}
here=$(cd "$(dirname "$0")" && pwd)
server_config=${SERVER_CONFIG:-standalone.xml}
postgresql_jar=${POSTGRESQL_JAR:?set POSTGRESQL_JAR to the PostgreSQL JDBC driver jar}
[ -f "$postgresql_jar" ] || { echo "POSTGRESQL_JAR does not exist: $postgresql_jar" >&2; exit 1; }

script=$(mktemp "${TMPDIR:-/tmp}/backoffice-config.XXXXXX.cli")
trap 'rm -f "$script"' EXIT
{
  if [ "$mode" = offline ]; then
    echo "embed-server --server-config=$server_config --std-out=discard"
  fi
  # A module is a folder of the installation, shared by all its server configurations: add it once.
  if [ ! -f "$jboss_home/modules/org/postgresql/main/module.xml" ]; then
    echo "module add --name=org.postgresql --resources=$postgresql_jar --dependencies=java.logging,java.sql,java.xml,java.naming,java.management,jakarta.transaction.api"
  fi
  for cli in "$here"/[0-9][0-9]-*.cli; do
    echo "# ---- $(basename "$cli")"
    cat "$cli"
    echo
  done
  if [ "$mode" = offline ]; then
    echo "stop-embedded-server"
  else
    echo "reload"
  fi
} > "$script"

cli_args=(--file="$script")
if [ "$mode" = online ]; then
  cli_args=(--connect --controller="$controller" "${cli_args[@]}")
fi
# The embedded server must not pick up a JAVA_OPTS meant for something else.
JAVA_OPTS="" "$jboss_home/bin/jboss-cli.sh" "${cli_args[@]}"
echo "Applied $(ls "$here"/[0-9][0-9]-*.cli | wc -l) configuration scripts to $jboss_home ($mode, $server_config)."
