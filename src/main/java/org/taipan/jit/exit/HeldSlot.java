package org.taipan.jit.exit;

/**
 * The aux of {@code IrOp.HELD_SLOT}: slot {@code slot} of frame {@code frame} (0 the innermost
 * inlined frame) of the chain that exit {@code exit} re-created and held ({@link ExitPoint#held}):
 * where a bridge grown from an exit inside inlined calls reads its entry values, as a loop trace
 * or bridge reads {@code f.fast}.
 *
 * @param exit  the exit of the owner trace the bridge grows from (a class data constant of the bridge)
 * @param frame the frame's position in the held chain, 0 the innermost
 * @param slot  the index in that frame's {@code fast} array
 */
public record HeldSlot(ExitPoint exit, int frame, int slot) {
    @Override
    public String toString() {
        return "frame " + frame + " slot " + slot;
    }
}
