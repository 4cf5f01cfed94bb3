using Analytics.Dashboards.Web.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Analytics.Dashboards.Web.Endpoints;

/// <summary>Friendly Vietnamese pages (<see cref="ErrorPage"/>) for the requests no page answers: a failure
/// (the exception with its stack trace goes only to the log, the user gets a reference), an unknown path
/// or method, a form whose antiforgery token the framework refused, a download out of reach.</summary>
internal static class ErrorPages
{
    /// <summary>The error page for a status, with the usual sentence or <paramref name="text"/>.</summary>
    public static RazorComponentResult<ErrorPage> Page(int status, string? text = null) =>
        new RazorComponentResult<ErrorPage>(new { Status = status, Text = text }) { StatusCode = status };

    /// <summary>The exception handler: log the failure with a reference, show the reference.</summary>
    public static async Task Unhandled(HttpContext http)
    {
        var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
        var reference = http.TraceIdentifier;
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Analytics.Dashboards.Web")
            .LogError(error, "Dashboard request {Path} failed (reference {Reference})", http.Request.Path.Value, reference);
        await Page(StatusCodes.Status500InternalServerError,
            $"Hệ thống không xử lý được yêu cầu này. Xin thử lại sau; nếu lỗi lặp lại, báo cho quản trị viên mã tham chiếu {reference}.")
            .ExecuteAsync(http);
    }

    /// <summary>Status code pages: an error status with an empty body (no page wrote one).</summary>
    public static Task StatusCode(StatusCodeContext context) =>
        Page(context.HttpContext.Response.StatusCode).ExecuteAsync(context.HttpContext);

    /// <summary>Middleware after UseAntiforgery: the framework has validated the token of every form post to
    /// a page or form endpoint; a refused one gets the 400 page here instead of an empty response.</summary>
    public static Task RefuseForgedForms(HttpContext http, RequestDelegate next) =>
        http.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false }
            ? Page(StatusCodes.Status400BadRequest, "Biểu mẫu đã hết hạn; xin tải lại trang rồi thao tác lại.").ExecuteAsync(http)
            : next(http);
}
