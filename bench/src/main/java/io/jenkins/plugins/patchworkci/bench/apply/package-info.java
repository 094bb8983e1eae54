/**
 * The applying benchmark: {@code git am} against {@code ApplySeries} plus {@code WorkTree} on
 * generated repositories, printed side by side in one run with an identical-commits check. Main
 * classes only; nothing here is used by the engine or tested by {@code verify}.
 */
package io.jenkins.plugins.patchworkci.bench.apply;
