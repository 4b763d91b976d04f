package com.soundforge.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FrameAssemblerTest {

    @Test
    void fragmentsAreJoinedIntoOneMessageAndTheNextStartsEmpty() {
        FrameAssembler assembler = new FrameAssembler(100);

        assertThat(assembler.append("[null,\"1\",")).isTrue();
        assertThat(assembler.append("\"phoenix\",\"heartbeat\",{}]")).isTrue();

        assertThat(assembler.take()).isEqualTo("[null,\"1\",\"phoenix\",\"heartbeat\",{}]");
        assertThat(assembler.take()).isEmpty();
    }

    @Test
    void theLimitCountsUtf8BytesNotCharacters() {
        FrameAssembler assembler = new FrameAssembler(10);

        assertThat(assembler.append("éééé")).isTrue();
        assertThat(assembler.append("éé")).isFalse();
    }

    @Test
    void utf8LengthMatchesTheEncoder() {
        String text = "ascii é € 𝄞 done";
        assertThat(FrameAssembler.utf8Length(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aMessageOfExactlyTheLimitPasses() {
        FrameAssembler assembler = new FrameAssembler(8);

        assertThat(assembler.append("12345678")).isTrue();
        assertThat(assembler.take()).hasSize(8);
    }
}
