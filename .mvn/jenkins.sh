# Sourced by ../mvnw (POSIX sh, under `set -euf`) before Maven starts: decides whether plugin/ joins
# the build, where its Jenkins artifacts come from, and which JDK runs Maven. docs/jenkins-build.md
# explains why; engine/ and cli/ build the same way in every case (Java 17 bytecode).
#
#   ../shared/jenkins-m2 exists  -> plugin/ builds against it (.mvn/jenkins-m2-settings.xml)
#   repo.jenkins-ci.org answers  -> plugin/ builds against it (its POM's repositories)
#   neither, or no JDK 21+       -> plugin/ is skipped, said in one line
#
# PWCI_PLUGIN=skip skips plugin/ without looking (and without the network probe).

pwci_project_dir=$(cd "$(dirname "$0")" && pwd)

# The feature version of the JDK at $1 (e.g. 25), from its `release` file; empty if unknown.
pwci_jdk_version() {
  [ -r "$1/release" ] || return 0
  sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' "$1/release"
}

# A JDK that can build a plugin for Jenkins 2.568 (Java 21 bytecode): JAVA_HOME or the `java` on
# PATH if new enough, else the newest JDK 21+ in the usual install folders. Empty if none.
pwci_jdk21() {
  pwci_current=${JAVA_HOME-}
  if [ -z "$pwci_current" ] && command -v javac >/dev/null 2>&1; then
    pwci_current=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  fi
  if [ -n "$pwci_current" ] && [ "$(pwci_jdk_version "$pwci_current")" -ge 21 ] 2>/dev/null; then
    echo "$pwci_current"
    return 0
  fi
  pwci_best= pwci_best_version=0
  set +f
  for pwci_candidate in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$pwci_candidate/bin/javac" ] || continue
    pwci_v=$(pwci_jdk_version "$pwci_candidate")
    if [ "${pwci_v:-0}" -ge 21 ] 2>/dev/null && [ "$pwci_v" -gt "$pwci_best_version" ]; then
      pwci_best=$pwci_candidate pwci_best_version=$pwci_v
    fi
  done
  set -f
  echo "$pwci_best"
}

pwci_plugin_skipped() {
  echo "[pwci] plugin/ skipped: $1; engine/ and cli/ build and test as usual (docs/jenkins-build.md)" >&2
}

if [ "${PWCI_PLUGIN-}" = skip ]; then
  pwci_plugin_skipped "PWCI_PLUGIN=skip"
else
  pwci_m2="$(dirname "$pwci_project_dir")/shared/jenkins-m2"
  pwci_jdk=$(pwci_jdk21)
  if [ -z "$pwci_jdk" ]; then
    pwci_plugin_skipped "no JDK 21 or newer found (JAVA_HOME, PATH, /usr/lib/jvm), Jenkins 2.568 needs one"
  elif [ -d "$pwci_m2" ]; then
    export JAVA_HOME="$pwci_jdk"
    set -- -Pjenkins -gs "$pwci_project_dir/.mvn/jenkins-m2-settings.xml" "$@"
  elif command -v curl >/dev/null 2>&1 \
      && curl -sfI --max-time 10 -o /dev/null https://repo.jenkins-ci.org/public/org/jenkins-ci/plugins/plugin/maven-metadata.xml; then
    export JAVA_HOME="$pwci_jdk"
    set -- -Pjenkins "$@"
  else
    pwci_plugin_skipped "neither $pwci_m2 nor https://repo.jenkins-ci.org/ is reachable"
  fi
fi
