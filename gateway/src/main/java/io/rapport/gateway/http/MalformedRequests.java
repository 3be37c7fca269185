package io.rapport.gateway.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;

/**
 * A request that cannot even be read as HTTP (a request line or headers too long, a malformed line)
 * is answered with a problem body like every other refusal, and the connection closed, instead of
 * the server's bare status.
 */
final class MalformedRequests extends ChannelInboundHandlerAdapter {

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof HttpRequest request && request.decoderResult().isFailure()) {
      Throwable cause = request.decoderResult().cause();
      ReferenceCountUtil.release(msg);
      HttpResponseStatus status =
          cause instanceof TooLongHttpLineException
              ? HttpResponseStatus.REQUEST_URI_TOO_LONG
              : cause instanceof TooLongHttpHeaderException
                      || cause instanceof TooLongFrameException
                  ? HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE
                  : HttpResponseStatus.BAD_REQUEST;
      ctx.writeAndFlush(problem(status)).addListener(ChannelFutureListener.CLOSE);
      return;
    }
    ctx.fireChannelRead(msg);
  }

  private static FullHttpResponse problem(HttpResponseStatus status) {
    String type =
        status.code() == 400
            ? "invalid-input"
            : status.reasonPhrase().toLowerCase().replace(' ', '-');
    byte[] body =
        ("{\"type\":\"/problems/"
                + type
                + "\",\"title\":\""
                + status.reasonPhrase()
                + "\",\"status\":"
                + status.code()
                + ",\"detail\":\"The request could not be read as HTTP, or its line or headers are"
                + " too long.\"}")
            .getBytes(StandardCharsets.UTF_8);
    FullHttpResponse response =
        new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json");
    response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
    response.headers().set(HttpHeaderNames.CONNECTION, "close");
    return response;
  }
}
