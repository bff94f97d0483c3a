export function DashboardsUnavailable() {
  return (
    <div className="state">
      <h2>Dashboards are not available on this server yet</h2>
      <p>This version of the API has no dashboards. Charts still work on each pipeline's “Data &amp; charts” page.</p>
    </div>
  );
}
