/// Ranking and KPIs: figures are computed by the store through SQL aggregates and shaped here
/// for reports (`KPIReport`).
public enum KPI {}
