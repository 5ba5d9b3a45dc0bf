using Marketplace.Abstractions;
using Marketplace.TestModules.Dependency;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.TestModules;

/// <summary>Answers every request with a small page; the base of the others.</summary>
public class HealthyModule : IModule
{
    public virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual Task<ModuleResponse> HandleAsync(ModuleRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(ModuleResponse.Html("Modul sehat", $"<p>Baik: {System.Net.WebUtility.HtmlEncode(request.Path)}</p>"));

    public virtual Task<IReadOnlyList<DashboardWidget>> GetWidgetsAsync(ModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DashboardWidget>>([new DashboardWidget("Sehat", "<p>ok</p>")]);
}

/// <summary>Throws while the host creates it.</summary>
public sealed class ThrowingConstructorModule : HealthyModule
{
    public ThrowingConstructorModule() => throw new InvalidOperationException("Konfigurasi modul rusak");
}

/// <summary>Never answers, and ignores cancellation.</summary>
public sealed class HangingModule : HealthyModule
{
    public override async Task<ModuleResponse> HandleAsync(ModuleRequest request, CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, CancellationToken.None);
        return ModuleResponse.Status(200);
    }
}

/// <summary>Throws on every request.</summary>
public sealed class ThrowingModule : HealthyModule
{
    public override Task<ModuleResponse> HandleAsync(ModuleRequest request, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Galat di setiap permintaan");
}

/// <summary>Needs Marketplace.TestModules.Dependency: a package without it fails when its types are resolved.</summary>
public sealed class DependentModule : HealthyModule
{
    public override Task<ModuleResponse> HandleAsync(ModuleRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(ModuleResponse.Html("Dependen", new LocalGreeting().Text));

    private sealed class LocalGreeting : Greeting;
}
