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
 * bytes of the rows it describes). Each session's fragment, as the export writes it, is deflated once when it is
 * published ({@link #seal}) into a piece a deflate stream can carry among others: raw deflate ended by a sync flush,
 * so it refers to no byte before it and is not the last. The export ({@link Member}) writes a gzip header, the
 * document's own header deflated, the stored pieces as they are, and the document's end as the final piece, then the
 * CRC-32 of the whole, combined from each piece's own (as zlib's {@code crc32_combine}), and its length. One piece per
 * fragment, not one on each side of the settings' public aimed at: every piece costs the consumer's inflater a
 * Huffman table to build, which made decoding the export slower than receiving it plain.
 */
final class LheoGzip {

    /** The first byte of a sealed fragment: this layout. */
    private static final byte FORMAT = 2;
    /** Deflate's best ratio: a fragment is sealed once, and read on every export. */
    static final int SEAL_LEVEL = Deflater.BEST_COMPRESSION;
    /** What the export deflates itself (its header and end, a fragment never deflated). */
    static final int EXPORT_LEVEL = Deflater.BEST_SPEED;

    private LheoGzip() {
    }

    /**
     * A stored fragment ({@link LheoWriter#fragment}), the public aimed at put in as the export would
     * ({@link LheoWriter#exported}), as one piece of deflate: {@code [format][raw length][CRC-32][deflated bytes]}.
     */
    static byte[] seal(String fragment, String publicViseCode) {
        return seal(fragment, publicViseCode, SEAL_LEVEL);
    }

    static byte[] seal(String fragment, String publicViseCode, int level) {
        byte[] raw = LheoWriter.exported(fragment, publicViseCode).getBytes(StandardCharsets.UTF_8);
        byte[] deflated = deflate(raw, level, false);
        return ByteBuffer.allocate(9 + deflated.length).put(FORMAT).putInt(raw.length).putInt(crc(raw)).put(deflated).array();
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
        private int crc;
        private long length;

        Member(OutputStream out) throws IOException {
            this.out = out;
            out.write(HEADER);
        }

        /** Text the export writes itself. */
        void text(byte[] raw) throws IOException {
            out.write(deflate(raw, EXPORT_LEVEL, false));
            counted(crc(raw), raw.length);
        }

        /** A fragment sealed at publication ({@link #seal}), or sealed now. */
        void fragment(byte[] sealed) throws IOException {
            ByteBuffer piece = ByteBuffer.wrap(sealed);
            if (piece.get() != FORMAT) {
                throw new IllegalStateException("unknown sealed fragment format");
            }
            int rawLength = piece.getInt();
            int pieceCrc = piece.getInt();
            out.write(sealed, piece.position(), piece.remaining());
            counted(pieceCrc, rawLength);
        }

        /** The document's end: the last deflate block, then the CRC-32 and the length of everything. */
        void finish(byte[] raw) throws IOException {
            out.write(deflate(raw, EXPORT_LEVEL, true));
            counted(crc(raw), raw.length);
            out.write(ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(crc).putInt((int) length).array());
        }

        /** A piece written: the whole's CRC-32 and length follow it. */
        private void counted(int pieceCrc, int rawLength) {
            crc = combine(crc, pieceCrc, rawLength);
            length += rawLength;
        }
    }
}
