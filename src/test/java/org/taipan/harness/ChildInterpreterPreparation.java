package org.taipan.harness;

import java.io.File;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import org.taipan.imports.ImportSysAttributes;

/**
 * Before any test runs, starts the interpreter that programs under test start as a child
 * ({@code sys.executable}: {@code tools/taipan-under-test}) once, so that the launcher packs the
 * classes under test into a jar with its code and AOT caches then (see {@code ./taipan},
 * {@code TAIPAN_RUN_CLASSES}). Done lazily instead, the first child of some test would wait the
 * ~25 s that takes, past the timeouts of programs that wait for a child. Registered through
 * {@code META-INF/services}; a failure here only costs the children their start-up speed (the
 * launcher then runs the class directory itself).
 */
public final class ChildInterpreterPreparation implements LauncherSessionListener {
    private static final long TIMEOUT_SECONDS = 600;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String executable = System.getProperty(ImportSysAttributes.EXECUTABLE_PROPERTY);
        if (executable == null || !new File(executable).canExecute()) {
            return;
        }
        try {
            Process p = new ProcessBuilder(executable, "-c", "pass")
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (IOException e) {
            // the children then start from the class directory, slower but the same
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
