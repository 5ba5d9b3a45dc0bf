using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Abstractions;

/// <summary>
/// The entry point of a module. The host creates one instance per loaded module version (with a public parameterless
/// constructor), calls <see cref="ConfigureServices"/> once to build the module's own container, then sends it requests.
/// </summary>
/// <remarks>
/// A module contributes no MVC controllers or Razor views, so that its load context can be unloaded: it answers through
/// <see cref="ModuleResponse"/> values only. Everything it returns must be made of BCL and Abstractions types (HTML and
/// JSON as strings), so the host holds no reference into the module after a request.
/// </remarks>
public interface IModule
{
    /// <summary>
    /// Registers the module's services in its own container. The host has already added <c>ILogger&lt;T&gt;</c>,
    /// <see cref="TimeProvider"/> and, when the manifest asks for them, <see cref="IModuleStorage"/> (scoped, bound to the
    /// caller's region) and <see cref="IModuleSettings"/>.
    /// </summary>
    /// <param name="services">The module's own service collection; nothing registered here reaches the host.</param>
    void ConfigureServices(IServiceCollection services);

    /// <summary>Answers one request under the module's prefix (<c>/apps/{slug}/jalankan/...</c>).</summary>
    /// <param name="request">The request, with a scoped service provider of the module's container.</param>
    /// <param name="cancellationToken">Cancelled when the time budget runs out or the caller goes away.</param>
    /// <returns>An HTML fragment, JSON, a redirect or a status.</returns>
    Task<ModuleResponse> HandleAsync(ModuleRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// The widgets this module shows on the dashboard of <paramref name="context"/>'s region; called only when the manifest
    /// asks for <see cref="ModulePermissions.Dashboard"/>.
    /// </summary>
    /// <param name="context">The region and a scoped service provider of the module's container.</param>
    /// <param name="cancellationToken">Cancelled when the time budget runs out.</param>
    Task<IReadOnlyList<DashboardWidget>> GetWidgetsAsync(ModuleContext context, CancellationToken cancellationToken);
}
