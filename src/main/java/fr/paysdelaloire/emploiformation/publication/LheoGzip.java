package fr.paysdelaloire.emploiformation.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The LHEO export gzip-encoded without compressing it at export time (issue #22, P2: the document is 4.4 times the
 * bytes of the rows it describes). Each session's fragment is deflated once, when it is published ({@link #seal}),
 * into pieces a deflate stream can carry one after the other: raw deflate ended by a sync flush, so no piece refers
 * to bytes before it and none is the last. The export ({@link Member}) writes a gzip header, the document's own
 * header deflated, the stored pieces as they are, the public aimed at (the one piece that depends on the settings,
 * deflated once per export) where each fragment has its mark, and the document's end as the final piece, then the
 * CRC-32 of the whole, combined from each piece's own (as zlib's {@code crc32_combine}), and its length.
 */
final class LheoGzip {

    /** The first byte of a sealed fragment: this layout. */
    private static final byte FORMAT = 1;
    /** Deflate's best ratio: a fragment is sealed once, and read on every export. */
    static final int SEAL_LEVEL = Deflater.BEST_COMPRESSION;
    /** What the export deflates itself (its header and end, the public aimed at, a fragment never sealed). */
    private static final int EXPORT_LEVEL = Deflater.BEST_SPEED;

    private LheoGzip() {
    }

    /**
     * A stored fragment ({@link LheoWriter#fragment}) as pieces of deflate: the text around each
     * {@link LheoWriter#PUBLIC_VISE_MARK}, each piece as {@code [raw length][CRC-32][deflated length][deflated bytes]},
     * the mark between two pieces.
     */
    static byte[] seal(String fragment) {
        return seal(fragment, SEAL_LEVEL);
    }

    static byte[] seal(String fragment, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(fragment.length() / 2);
        out.write(FORMAT);
        int from = 0;
        while (true) {
            int mark = fragment.indexOf(LheoWriter.PUBLIC_VISE_MARK, from);
            byte[] raw = fragment.substring(from, mark < 0 ? fragment.length() : mark).getBytes(StandardCharsets.UTF_8);
            byte[] deflated = deflate(raw, level, false);
            out.writeBytes(ByteBuffer.allocate(12).putInt(raw.length).putInt(crc(raw)).putInt(deflated.length).array());
            out.writeBytes(deflated);
            if (mark < 0) {
                return out.toByteArray();
            }
            from = mark + LheoWriter.PUBLIC_VISE_MARK.length();
        }
    }

    /**
     * {@code raw} as raw deflate on its own: ended by a sync flush (byte-aligned, not final) so that another piece may
     * follow, or final when {@code last}. Nothing for nothing, unless last.
     */
    static byte[] deflate(byte[] raw, int level, boolean last) {
        if (raw.length == 0 && !last) {
            return new byte[0];
        }
        Deflater deflater = new Deflater(level, true);
        try {
            deflater.setInput(raw);
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 3 + 16);
            byte[] buffer = new byte[8192];
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            } else {
                int n;
                do {
                    n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                    out.write(buffer, 0, n);
                } while (n == buffer.length); // full: more to flush (Deflater#deflate)
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static int crc(byte[] raw) {
        CRC32 crc = new CRC32();
        crc.update(raw);
        return (int) crc.getValue();
    }

    private static final int POLY = 0xedb88320;
    /** x^(2^n) modulo the CRC-32 polynomial, n = 0..31 (zlib's x2n_table). */
    private static final int[] X2N = new int[32];

    static {
        int p = 1 << 30; // x^1
        X2N[0] = p;
        for (int n = 1; n < 32; n++) {
            X2N[n] = p = multModP(p, p);
        }
    }

    /** a × b modulo the CRC-32 polynomial, in its reflected form; a is not zero. */
    private static int multModP(int a, int b) {
        int m = 1 << 31;
        int p = 0;
        while (true) {
            if ((a & m) != 0) {
                p ^= b;
                if ((a & (m - 1)) == 0) {
                    return p;
                }
            }
            m >>>= 1;
            b = (b & 1) != 0 ? (b >>> 1) ^ POLY : b >>> 1;
        }
    }

    /** x^(n × 2^k) modulo the polynomial. */
    private static int x2nModP(long n, int k) {
        int p = 1 << 31; // x^0
        while (n != 0) {
            if ((n & 1) != 0) {
                p = multModP(X2N[k & 31], p);
            }
            n >>>= 1;
            k++;
        }
        return p;
    }

    /** The CRC-32 of A followed by B, from A's, B's and B's length (zlib's {@code crc32_combine}). */
    static int combine(int crcA, int crcB, long lengthB) {
        return multModP(x2nModP(lengthB, 3), crcA) ^ crcB;
    }

    /** One gzip member written piece by piece: the whole LHEO document, encoded. */
    static final class Member {

        private static final byte[] HEADER = { 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff };

        private final OutputStream out;
        private final byte[] mark;
        private final int markCrc;
        private final int markLength;
        private int crc;
        private long length;

        Member(OutputStream out, String publicViseCode) throws IOException {
            this.out = out;
            byte[] raw = publicViseCode.getBytes(StandardCharsets.UTF_8);
            this.mark = deflate(raw, EXPORT_LEVEL, false);
            this.markCrc = crc(raw);
            this.markLength = raw.length;
            out.write(HEADER);
        }

        /** Text the export writes itself. */
        void text(byte[] raw) throws IOException {
            piece(deflate(raw, EXPORT_LEVEL, false), crc(raw), raw.length);
        }

        /** A fragment sealed at publication, or (none stored) sealed now. */
        void fragment(byte[] sealed) throws IOException {
            ByteBuffer pieces = ByteBuffer.wrap(sealed);
            if (pieces.get() != FORMAT) {
                throw new IllegalStateException("unknown sealed fragment format");
            }
            boolean first = true;
            while (pieces.hasRemaining()) {
                if (!first) {
                    piece(mark, markCrc, markLength);
                }
                first = false;
                int rawLength = pieces.getInt();
                int pieceCrc = pieces.getInt();
                int deflatedLength = pieces.getInt();
                out.write(sealed, pieces.position(), deflatedLength);
                pieces.position(pieces.position() + deflatedLength);
                crc = combine(crc, pieceCrc, rawLength);
                length += rawLength;
            }
        }

        /** The document's end: the last deflate block, then the CRC-32 and the length of everything. */
        void finish(byte[] raw) throws IOException {
            piece(deflate(raw, EXPORT_LEVEL, true), crc(raw), raw.length);
            out.write(ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(crc).putInt((int) length).array());
        }

        private void piece(byte[] deflated, int pieceCrc, int rawLength) throws IOException {
            out.write(deflated);
            crc = combine(crc, pieceCrc, rawLength);
            length += rawLength;
        }
    }
}
