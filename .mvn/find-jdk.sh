# Sourced by ./mvnw and ./uplift: the build and Keycloak need a JDK >= 21, and the machine's default java may be older.
# Keeps JAVA_HOME when it already points at one; otherwise picks the newest suitable JDK under /usr/lib/jvm.
uplift_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1
}
uplift_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(uplift_java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  local candidate best="" best_major=0 major noglob=$-
  set +f   # mvnw runs with globbing off
  for candidate in /usr/lib/jvm/* /opt/java/* "$HOME"/.sdkman/candidates/java/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(uplift_java_major "$candidate")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then
      best=$candidate best_major=$major
    fi
  done
  case $noglob in *f*) set -f ;; esac
  if [ -z "$best" ]; then
    echo "uplift: no JDK 21 or newer found (looked at JAVA_HOME and /usr/lib/jvm); install one or set JAVA_HOME" >&2
    return 1
  fi
  export JAVA_HOME="$best"
}
