using System.Net;
using Marketplace.Abstractions;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Plugins;

/// <summary>
/// Hands a request under /apps/{slug}/jalankan/ to the module the user's region runs for that application, and wraps
/// its HTML in the theme. Whatever the module does (throw, hang), the user gets a page in the theme and the host runs on.
/// </summary>
[Authorize]
public sealed class RunModel(RegionModules modules, ModuleRuntime runtime, RegionDirectory regions, IAntiforgery antiforgery, IStringLocalizer<PluginsText> text)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Slug { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Path { get; set; }

    public string AppName { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string? Fragment { get; private set; }

    public string? Error { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => RunAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => RunAsync(cancellationToken);

    private async Task<IActionResult> RunAsync(CancellationToken cancellationToken)
    {
        var regionCode = User.RegionCode();
        var found = regionCode is null ? null : await modules.ForRunAsync(Slug, regionCode, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        var (app, package) = found.Value;
        AppName = app.Name;
        Title = app.Name;
        if (package is null)
        {
            return Problem(StatusCodes.Status404NotFound, text["Run.NotEnabled", app.Name]);
        }

        var region = (await regions.GetAsync(cancellationToken)).Find(regionCode!);
        var basePath = $"/apps/{app.Slug}/jalankan";
        var tokens = antiforgery.GetAndStoreTokens(HttpContext);
        var request = new Func<IServiceProvider, ModuleRequest>(services => new ModuleRequest
        {
            Method = HttpMethods.IsPost(Request.Method) ? "POST" : "GET",
            Path = Path ?? "",
            BasePath = basePath,
            Query = Request.Query.ToDictionary(q => q.Key, q => q.Value.Count > 0 ? q.Value[0] ?? "" : ""),
            Form = Request.HasFormContentType ? Request.Form.Where(f => f.Key != tokens.FormFieldName).ToDictionary(f => f.Key, f => f.Value.Count > 0 ? f.Value[0] ?? "" : "") : new Dictionary<string, string>(),
            UserId = User.UserId() ?? "",
            UserName = User.Identity?.Name ?? "",
            IsRegionAdmin = RegionModules.CanManage(User, regionCode!),
            RegionCode = regionCode!,
            RegionName = region?.Name ?? regionCode!,
            AntiforgeryField = $"<input type=\"hidden\" name=\"{WebUtility.HtmlEncode(tokens.FormFieldName)}\" value=\"{WebUtility.HtmlEncode(tokens.RequestToken)}\">",
            Services = services,
        });

        var call = await runtime.CallAsync(package, regionCode!, (module, services, token) => module.HandleAsync(request(services), token), cancellationToken);
        return call.Outcome switch
        {
            CallOutcome.Done => Answer(call.Value!, basePath),
            CallOutcome.TimedOut => Problem(StatusCodes.Status504GatewayTimeout, text["Run.TimedOutPage", package.Name, text.Describe(call.Reason!)]),
            CallOutcome.Threw => Problem(StatusCodes.Status500InternalServerError, text["Run.ThrewPage", package.Name]),
            _ => Problem(StatusCodes.Status503ServiceUnavailable, text["Run.UnavailablePage", package.Name, text.Describe(call.Reason!)]),
        };
    }

    private IActionResult Answer(ModuleResponse response, string basePath)
    {
        switch (response.Kind)
        {
            case ModuleResponseKind.Html:
                Title = response.Title ?? AppName;
                Fragment = response.Body ?? "";
                Response.StatusCode = response.StatusCode;
                return Page();
            case ModuleResponseKind.Json:
                return new ContentResult { Content = response.Body ?? "null", ContentType = "application/json; charset=utf-8", StatusCode = response.StatusCode };
            case ModuleResponseKind.Redirect when ModuleRedirect.IsSafe(response.RedirectPath):
                Response.Headers.Location = basePath + "/" + response.RedirectPath;
                return StatusCode(StatusCodes.Status303SeeOther);
            case ModuleResponseKind.Status when response.StatusCode is >= 400 and < 600:
                return StatusCode(response.StatusCode);
            default:
                return Problem(StatusCodes.Status502BadGateway, text["Run.BadAnswer", AppName]);
        }
    }

    private PageResult Problem(int status, string message)
    {
        Error = message;
        Response.StatusCode = status;
        return Page();
    }
}
