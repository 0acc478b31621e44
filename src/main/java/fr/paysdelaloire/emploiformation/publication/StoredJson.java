package fr.paysdelaloire.emploiformation.publication;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * A published session's JSON as stored in {@code publication_entry.payload}, written to the feed as it is: the
 * payload was produced from {@link PublishedSession} when the session was published, so reading it back into
 * objects only to write it again cost most of a feed page's time (benchmark P2).
 */
@JsonSerialize(using = StoredJson.Writer.class)
public record StoredJson(String json) {

    static final class Writer extends StdSerializer<StoredJson> {

        Writer() {
            super(StoredJson.class);
        }

        @Override
        public void serialize(StoredJson value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeRawValue(value.json());
        }
    }
}
