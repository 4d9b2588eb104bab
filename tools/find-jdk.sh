# Sourced by ./enduse and .ci/run: sets JAVA_HOME to a JDK >= 21, or fails with a clear message.
# Order: $JAVA_HOME, the java on PATH, then the usual install locations.

enduse_java_major() {  # prints the feature version of the java at $1/bin/java, or nothing
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

enduse_find_jdk() {
  local candidates=() dir major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for dir in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* \
             "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$dir" ] && candidates+=("$dir")
  done
  for dir in "${candidates[@]}"; do
    [ -x "$dir/bin/java" ] && [ -x "$dir/bin/javac" ] || continue
    major=$(enduse_java_major "$dir")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$dir"
      return 0
    fi
  done
  echo "enduse: no JDK 21 or newer found (looked at JAVA_HOME, the java on PATH and /usr/lib/jvm)." >&2
  echo "        Install one (for example Temurin 21) and set JAVA_HOME to it." >&2
  return 1
}
