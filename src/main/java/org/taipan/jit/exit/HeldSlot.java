package org.taipan.jit.exit;

/**
 * The aux of {@code IrOp.HELD_SLOT}: slot {@code slot} of frame {@code frame} (0 the innermost
 * inlined frame) of the chain that exit {@code exit} passed: where a bridge grown from an exit
 * inside inlined calls reads its entry values, as a loop trace or bridge reads {@code f.fast}.
 * The bridge runs from the values the exit held ({@link ExitPoint#heldValues}, element
 * {@code index}); it was recorded from frames re-created from them ({@link ExitPoint#held}).
 *
 * @param exit  the exit of the owner trace the bridge grows from (a class data constant of the bridge)
 * @param frame the frame's position in the chain, 0 the innermost
 * @param slot  the index in that frame's {@code fast} array
 * @param index the slot's value among the exit block's values (innermost frame first, each frame's
 *              passed slots in slot order)
 */
public record HeldSlot(ExitPoint exit, int frame, int slot, int index) {
    @Override
    public String toString() {
        return "frame " + frame + " slot " + slot;
    }
}
