# SPDX-License-Identifier: EPL-2.0
# Sourced by ./irqscope: where the product lands, and how to (re)build it when the sources are newer.
IRQSCOPE_PRODUCT_DIR="releng/org.irqscope.product/target/products/org.irqscope.product/linux/gtk/x86_64/irqscope"

# artifacts.xml is written when the p2 director materializes the product (by ./irqscope or ./test) and never at run
# time, so it dates the build; the start script keeps its source's time stamp and cannot.
irqscope_product_stale() {
  [ -x "$IRQSCOPE_PRODUCT_DIR/irqscope" ] && [ -f "$IRQSCOPE_PRODUCT_DIR/artifacts.xml" ] || return 0
  local newer
  newer=$(find pom.xml target-platform bundles features releng/org.irqscope.product \
      -regextype posix-extended -regex '([^/]+/[^/]+|target-platform)/target' -prune -o -type f -newer "$IRQSCOPE_PRODUCT_DIR/artifacts.xml" -print -quit)
  [ -n "$newer" ]
}

irqscope_build_product() {
  local log="target/build-product.log"
  mkdir -p target
  echo "irqscope: building the product with Maven/Tycho (JDK: $JAVA_HOME) — first build downloads ~200 MB and takes" \
       "about 4 minutes, later ones under a minute; log: $log" >&2
  if ! ./mvnw -B -DskipTests -Dirqscope.skipChecks=true verify > "$log" 2>&1; then
    echo "irqscope: the build failed; the last lines of $log:" >&2
    grep -E "ERROR|BUILD" "$log" | head -n 30 >&2
    return 1
  fi
}
