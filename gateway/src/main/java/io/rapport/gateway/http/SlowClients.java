package io.rapport.gateway.http;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.web.embedded.netty.NettyReactiveWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * Keeps slow clients from holding connections (slowloris): a request's line and headers must all
 * arrive within {@code rapport.http.header-timeout} of its first byte, its body within {@code
 * body-timeout}, with no pause longer than {@code body-read-timeout}. A connection that waits for
 * its next request is closed after {@code server.netty.idle-timeout}. A request that cannot be read
 * as HTTP is answered with a problem body ({@link MalformedRequests}).
 */
@Component
class SlowClients implements WebServerFactoryCustomizer<NettyReactiveWebServerFactory> {

  private final RequestDeadlineProperties deadlines;

  SlowClients(RequestDeadlineProperties deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void customize(NettyReactiveWebServerFactory factory) {
    factory.addServerCustomizers(server -> guarded(server, deadlines));
  }

  /** The server with the deadlines and the problem answers of this class. */
  static HttpServer guarded(HttpServer server, RequestDeadlineProperties deadlines) {
    long headerMillis = deadlines.headerTimeout().toMillis();
    return server
        .readTimeout(deadlines.bodyReadTimeout())
        .requestTimeout(deadlines.bodyTimeout())
        .doOnChannelInit(
            (observer, channel, remote) -> {
              ChannelPipeline pipeline = channel.pipeline();
              if (pipeline.get(NettyPipeline.HttpCodec) == null) {
                return;
              }
              HeaderDeadline deadline = new HeaderDeadline(headerMillis);
              pipeline
                  .addBefore(NettyPipeline.HttpCodec, "rapport.headerStart", deadline)
                  .addAfter(NettyPipeline.HttpCodec, "rapport.headerEnd", deadline.end())
                  .addAfter("rapport.headerEnd", "rapport.malformed", new MalformedRequests());
            });
  }

  /**
   * Sees the bytes before the HTTP decoder: the first byte of a request starts the clock; the
   * decoded request (seen after the decoder) stops it; the end of the request's body waits for the
   * next.
   */
  static final class HeaderDeadline extends ChannelInboundHandlerAdapter {

    private final long millis;
    private boolean awaitingRequest = true;
    private ScheduledFuture<?> clock;

    HeaderDeadline(long millis) {
      this.millis = millis;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      if (awaitingRequest && clock == null && msg instanceof ByteBuf bytes && bytes.isReadable()) {
        clock = ctx.executor().schedule(() -> ctx.close(), millis, TimeUnit.MILLISECONDS);
      }
      ctx.fireChannelRead(msg);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      stop();
      ctx.fireChannelInactive();
    }

    private void stop() {
      if (clock != null) {
        clock.cancel(false);
        clock = null;
      }
    }

    /**
     * Sees the decoded request: its line and headers stop the clock; the end of its body lets the
     * next bytes start it again. The end of the answer does not: an answer given before the body
     * arrived (a refusal) is followed by the rest of that body, which is no new request.
     */
    ChannelInboundHandlerAdapter end() {
      return new ChannelInboundHandlerAdapter() {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
          if (msg instanceof HttpRequest) {
            awaitingRequest = false;
            stop();
          }
          if (msg instanceof LastHttpContent) {
            awaitingRequest = true;
          }
          ctx.fireChannelRead(msg);
        }
      };
    }
  }
}
