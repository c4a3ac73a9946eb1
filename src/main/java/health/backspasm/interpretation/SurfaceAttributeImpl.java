package health.backspasm.interpretation;

import java.util.Arrays;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/**
 * Holds a {@link SurfaceAttribute} in a reused buffer. {@link SurfaceFilter} registers it itself
 * ({@code addAttributeImpl}), so Lucene's attribute factory never has to look it up.
 */
final class SurfaceAttributeImpl extends AttributeImpl implements SurfaceAttribute {

    private char[] buffer = new char[16];
    private int length;

    @Override
    public void keep(char[] chars, int length) {
        if (buffer.length < length) {
            buffer = new char[Math.max(length, buffer.length * 2)];
        }
        System.arraycopy(chars, 0, buffer, 0, length);
        this.length = length;
    }

    @Override
    public char[] buffer() {
        return buffer;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public void clear() {
        length = 0;
    }

    @Override
    public void copyTo(AttributeImpl target) {
        ((SurfaceAttribute) target).keep(buffer, length);
    }

    @Override
    public void reflectWith(AttributeReflector reflector) {
        reflector.reflect(SurfaceAttribute.class, "surface", new String(buffer, 0, length));
    }

    @Override
    public SurfaceAttributeImpl clone() {
        SurfaceAttributeImpl copy = (SurfaceAttributeImpl) super.clone();
        copy.buffer = Arrays.copyOf(buffer, buffer.length);
        return copy;
    }
}
