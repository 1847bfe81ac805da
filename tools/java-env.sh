# shellcheck shell=bash
# Finds a JDK 25 or newer and exports JAVA_HOME and PATH for it. Sourced by ./taipan and ./test.
#
# Order: $JAVA_HOME if it is a JDK 25+, else the newest JDK 25+ under /usr/lib/jvm (Temurin
# first among equals). A JDK's version is read from its `release` file, which costs nothing at
# start-up; `java -version` is the fallback for JDKs without one. Returns 1 with a message on
# stderr when no suitable JDK exists.

TAIPAN_MIN_JAVA=25

# Sets REPLY to the feature version (25 for "25.0.3", 8 for "1.8.0_402") of the JDK in $1, or to
# nothing. The release file is read with the shell's own `read`: every start of ./taipan runs this,
# and each process (or command substitution) costs several milliseconds of CPU on a small machine.
taipan_jdk_feature_version() {
    local home=$1 version="" key value
    REPLY=
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
    if [ -r "$home/release" ]; then
        while IFS='=' read -r key value || [ -n "$key" ]; do
            if [ "$key" = JAVA_VERSION ]; then
                value=${value#\"}
                version=${value%\"}
                break
            fi
        done <"$home/release"
    fi
    if [ -z "$version" ]; then
        version=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
    fi
    version=${version#1.}
    version=${version%%[!0-9]*}
    REPLY=$version
}

# Sets TAIPAN_JAVA_HOME to the JDK to use, or to nothing.
taipan_find_java() {
    TAIPAN_JAVA_HOME=
    if [ -n "${JAVA_HOME:-}" ]; then
        taipan_jdk_feature_version "$JAVA_HOME"
        if [ -n "$REPLY" ] && [ "$REPLY" -ge "$TAIPAN_MIN_JAVA" ]; then
            TAIPAN_JAVA_HOME=$JAVA_HOME
            return 0
        fi
    fi
    local best="" best_v=0 dir
    # Temurin directories first, so that among JDKs of one version Temurin wins.
    for dir in /usr/lib/jvm/temurin-* /usr/lib/jvm/*; do
        [ -d "$dir" ] || continue
        taipan_jdk_feature_version "$dir"
        if [ -n "$REPLY" ] && [ "$REPLY" -ge "$TAIPAN_MIN_JAVA" ] && [ "$REPLY" -gt "$best_v" ]; then
            best=$dir
            best_v=$REPLY
        fi
    done
    TAIPAN_JAVA_HOME=$best
}

taipan_find_java
if [ -n "$TAIPAN_JAVA_HOME" ]; then
    export JAVA_HOME=$TAIPAN_JAVA_HOME
    export PATH="$JAVA_HOME/bin:$PATH"
else
    {
        echo "taipan: needs a JDK $TAIPAN_MIN_JAVA or newer, and found none."
        if [ -n "${JAVA_HOME:-}" ]; then
            echo "  JAVA_HOME=$JAVA_HOME is not a JDK $TAIPAN_MIN_JAVA+."
        fi
        echo "  Install one (Debian/Ubuntu with the Adoptium repository: apt-get install temurin-25-jdk)"
        echo "  or set JAVA_HOME to a JDK $TAIPAN_MIN_JAVA+ installation."
    } >&2
    # shellcheck disable=SC2317  # 'return' works when sourced, 'exit' when run directly
    return 1 2>/dev/null || exit 1
fi
