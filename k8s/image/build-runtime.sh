#!/usr/bin/env bash
# Builds the root filesystem every Uplift image runs on, without pulling any base image: a jlinked JRE (from the JDK
# running Maven), exactly the glibc libraries its native code links against (taken from this Debian build host and
# recorded with their package versions), a passwd/group entry for the non-root user 65532, and nothing else: no shell,
# no package manager. Jib adds it to each image as an extra directory on top of `scratch`.
# Usage: build-runtime.sh OUTPUT_DIR   (idempotent: a second call with the same JDK and module list does nothing)
set -euo pipefail

out=${1:?usage: build-runtime.sh OUTPUT_DIR}
jdk=${JAVA_HOME:?JAVA_HOME must point at a JDK (./mvnw sets it)}

# What Spring Boot 4 + Tomcat/Netty + Kafka (SCRAM over TLS) + the MongoDB driver (SRV lookups) + Micrometer/OTel
# need; jdk.unsupported for Netty and Kafka, jdk.naming.dns for mongodb+srv, java.security.sasl for SCRAM.
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http
modules=$modules,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa
modules=$modules,java.xml,jdk.crypto.cryptoki,jdk.jfr,jdk.management,jdk.management.agent,jdk.naming.dns
modules=$modules,jdk.net,jdk.security.auth,jdk.unsupported,jdk.zipfs

stamp="$out.stamp"   # beside the tree, not in it: everything under $out ends up in the image
want="$("$jdk/bin/java" -version 2>&1 | head -n1) $modules $(sha256sum "$0" | cut -c1-16)"
if [ -d "$out" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi

rm -rf "$out" "$stamp"
mkdir -p "$out"
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --compress=zip-6 --output "$out/opt/java"

# A server never opens a display or a sound card (the services run with java.awt.headless): drop the natives that
# would drag X11 and ALSA into the image.
rm -f "$out"/opt/java/lib/{libawt_xawt,libjawt,libsplashscreen,libjsound}.so

# The system libraries the runtime's ELF files need, plus the dynamic loader itself, copied as regular files (no
# symlinks) under the paths the loader searches by default.
libs=$(find "$out/opt/java" -type f \( -name '*.so' -o -perm -u+x \) -exec sh -c 'file -b "$1" | grep -q ELF && ldd "$1"' _ {} \; \
  | awk '$3 ~ /^\// {print $3} $1 ~ /^\// {print $1}' | grep -v "^$out/" | sort -u)
# libgcc_s is dlopen()ed by glibc when a thread unwinds (pthread_exit/cancel), so ldd cannot see it.
libs="$libs $(ldconfig -p | awk '/libgcc_s.so.1 .*x86-64/ {print $NF; exit}')"
for lib in $libs; do
  case $lib in
    */ld-linux-x86-64.so.2) dest=lib64/ld-linux-x86-64.so.2 ;;
    *) dest=lib/x86_64-linux-gnu/$(basename "$lib") ;;
  esac
  mkdir -p "$out/$(dirname "$dest")"
  cp -L "$lib" "$out/$dest"
done

mkdir -p "$out/etc" "$out/tmp" "$out/home/nonroot" "$out/usr/share/uplift-runtime"
printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' > "$out/etc/passwd"
printf 'root:x:0:\nnonroot:x:65532:\n' > "$out/etc/group"
printf 'hosts: files dns\n' > "$out/etc/nsswitch.conf"
{
  echo "java: $("$jdk/bin/java" -version 2>&1 | sed -n 2p)"
  echo "modules: $modules"
  dpkg-query -W -f='${Package} ${Version}\n' libc6 libgcc-s1 2>/dev/null || true
} > "$out/usr/share/uplift-runtime/manifest.txt"
echo "$want" > "$stamp"
