using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Analytics.Dashboards.Web.Pages;

/// <summary>Friendly Vietnamese pages for errors: the user sees what happened in plain words and a
/// reference; the exception with its stack trace goes only to the log.</summary>
internal static class ErrorPages
{
    public static async Task Unhandled(HttpContext http)
    {
        var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
        var reference = http.TraceIdentifier;
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Analytics.Dashboards.Web")
            .LogError(error, "Dashboard request {Path} failed (reference {Reference})", http.Request.Path.Value, reference);
        await Message(http, StatusCodes.Status500InternalServerError, "Đã có lỗi xảy ra",
            $"Hệ thống không xử lý được yêu cầu này. Xin thử lại sau; nếu lỗi lặp lại, báo cho quản trị viên mã tham chiếu {reference}.")
            .ExecuteAsync(http);
    }

    public static async Task StatusCode(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var (title, text) = status switch
        {
            StatusCodes.Status404NotFound => ("Không tìm thấy", "Trang hoặc dữ liệu này không có, hoặc nằm ngoài địa bàn bạn được xem."),
            StatusCodes.Status403Forbidden => ("Không có quyền", "Tài khoản của bạn không được xem trang này."),
            StatusCodes.Status400BadRequest => ("Yêu cầu không hợp lệ", "Yêu cầu không đúng hoặc biểu mẫu đã hết hạn; xin tải lại trang và thử lại."),
            StatusCodes.Status401Unauthorized => ("Cần đăng nhập", "Xin đăng nhập để tiếp tục."),
            _ => ("Lỗi " + status, "Yêu cầu không thực hiện được."),
        };
        await Message(http, status, title, text).ExecuteAsync(http);
    }

    public static IResult Denied(HttpContext http) =>
        Message(http, StatusCodes.Status403Forbidden, "Không có quyền", "Tài khoản của bạn không được xem trang này.");

    public static IResult NotFound(HttpContext http) =>
        Message(http, StatusCodes.Status404NotFound, "Không tìm thấy", "Trang hoặc dữ liệu này không có, hoặc nằm ngoài địa bàn bạn được xem.");

    public static IResult BadRequest(HttpContext http, string text) =>
        Message(http, StatusCodes.Status400BadRequest, "Yêu cầu không hợp lệ", text);

    public static IResult Message(HttpContext http, int status, string title, string text) =>
        Layout.Render(http, title, "", h =>
        {
            h.El("h1", title);
            h.El("p", text, ("class", "lead"), ("id", "message"));
            h.A("/", "Về trang tổng quan");
        }, status);
}
