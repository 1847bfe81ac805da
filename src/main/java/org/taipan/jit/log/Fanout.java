package org.taipan.jit.log;

import java.util.List;
import org.taipan.jit.JitListener;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.Trace;
import org.taipan.runtime.PyCode;

/** Several listeners fed the same events in order (the tally first, so the others can read it). */
final class Fanout implements JitListener {
    private final JitListener[] listeners;
    /** An embedding host may close an interpreter more than once: the summaries are written once. */
    private boolean finished;

    Fanout(List<JitListener> listeners) {
        this.listeners = listeners.toArray(JitListener[]::new);
    }

    @Override
    public void recordingStarted(PyCode code, int headerIp) {
        for (JitListener l : listeners) {
            l.recordingStarted(code, headerIp);
        }
    }

    @Override
    public void aborted(PyCode loopCode, int headerIp, PyCode code, int ip, String reason) {
        for (JitListener l : listeners) {
            l.aborted(loopCode, headerIp, code, ip, reason);
        }
    }

    @Override
    public void blacklisted(PyCode code, int headerIp) {
        for (JitListener l : listeners) {
            l.blacklisted(code, headerIp);
        }
    }

    @Override
    public void compiled(int traceId, String recorded, Trace optimized, int guardsBefore, int guardsAfter,
                         int allocationsRemoved) {
        for (JitListener l : listeners) {
            l.compiled(traceId, recorded, optimized, guardsBefore, guardsAfter, allocationsRemoved);
        }
    }

    @Override
    public void exitTaken(int traceId, int exitIndex, Ins guard) {
        for (JitListener l : listeners) {
            l.exitTaken(traceId, exitIndex, guard);
        }
    }

    @Override
    public void treeCompiled(int traceId, int bridges) {
        for (JitListener l : listeners) {
            l.treeCompiled(traceId, bridges);
        }
    }

    @Override
    public void compileTimed(String kind, long nanos) {
        for (JitListener l : listeners) {
            l.compileTimed(kind, nanos);
        }
    }

    @Override
    public void bridgeCompiled(int traceId, int exitIndex, int bridgeId) {
        for (JitListener l : listeners) {
            l.bridgeCompiled(traceId, exitIndex, bridgeId);
        }
    }

    @Override
    public void invalidated(int traceId, String reason) {
        for (JitListener l : listeners) {
            l.invalidated(traceId, reason);
        }
    }

    @Override
    public void traceRan(int traceId, long iterations) {
        for (JitListener l : listeners) {
            l.traceRan(traceId, iterations);
        }
    }

    @Override
    public void finish() {
        synchronized (this) {
            if (finished) {
                return;
            }
            finished = true;
        }
        for (JitListener l : listeners) {
            l.finish();
        }
    }
}
