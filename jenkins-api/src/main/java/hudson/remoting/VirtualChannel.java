/*
 * Signature of hudson.remoting.VirtualChannel from org.jenkins-ci.main:remoting:3355.v388858a_47b_33
 * (the version jenkins-core 2.568.1 declares, pom.xml of jenkinsci/jenkins at tag jenkins-2.568.1; the
 * remoting sources were not at hand), hudson/remoting/VirtualChannel.java. Compile-only stand-in
 * (docs/jenkins-build.md): type only, a parameter of FileCallable.invoke that the plugin ignores; every
 * member left out.
 */
package hudson.remoting;

public interface VirtualChannel {}
