import { Construct } from 'constructs';
import { BudgetAlertRule } from '../../imports/oci/providers/oci/budget-alert-rule';
import { BudgetBudget } from '../../imports/oci/providers/oci/budget-budget';
import type { OciConfig } from '../config/oci-config';

/**
 * The alert rules, as data. Budgets only alert, they never stop spending (that is the
 * quota's job); alerts are evaluated every 24 hours, forecasts need a few days of data
 * (Billing/Concepts/budgetsoverview.htm; "Creating a Budget Alert Rule").
 */
export const BUDGET_ALERTS = [
  { name: 'any-actual-spend', type: 'ACTUAL', thresholdPercent: 1, why: 'anything at all was billed' },
  { name: 'forecast-over-budget', type: 'FORECAST', thresholdPercent: 100, why: 'the month is forecast to exceed the budget' },
] as const;

export interface SpendingBudgetProps {
  readonly config: OciConfig;
  readonly freeformTags: Record<string, string>;
}

/**
 * A monthly budget on the root compartment (so it tracks every compartment below it) with
 * an e-mail alert on actual and on forecast spend. Budgets are created in the root
 * compartment (budgetsoverview.htm: "permissions to manage budgets in the root compartment";
 * provider example compartment_id = var.tenancy_ocid, r/budget_budget@v7.1.0); a compartment
 * can have only one budget (Billing/Tasks/create-budget.htm).
 */
export class SpendingBudget extends Construct {
  public readonly budget: BudgetBudget;
  public readonly alerts: readonly BudgetAlertRule[];

  constructor(scope: Construct, id: string, props: SpendingBudgetProps) {
    super(scope, id);
    const { config } = props;
    this.budget = new BudgetBudget(this, 'budget', {
      compartmentId: config.tenancyOcid,
      displayName: 'todo-chatbot-always-free',
      description: 'Anything billed in this tenancy is outside the Always Free plan of todo-chatbot',
      amount: config.budget.amount,
      resetPeriod: 'MONTHLY',
      targetType: 'COMPARTMENT',
      targets: [config.tenancyOcid],
      freeformTags: props.freeformTags,
    });
    this.alerts = BUDGET_ALERTS.map(
      (a) =>
        new BudgetAlertRule(this, a.name, {
          budgetId: this.budget.id,
          displayName: a.name,
          type: a.type,
          thresholdType: 'PERCENTAGE',
          threshold: a.thresholdPercent,
          // Comma, space, tab or semicolon separated (r/budget_alert_rule@v7.1.0).
          recipients: config.budget.alertEmail,
          message: `todo-chatbot: ${a.why}. Check Billing → Cost Analysis; the tenancy quota todo-chatbot-always-free should have prevented it.`,
          freeformTags: props.freeformTags,
        }),
    );
  }
}
