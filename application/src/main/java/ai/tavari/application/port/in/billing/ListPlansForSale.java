package ai.tavari.application.port.in.billing;

import ai.tavari.domain.billing.Plan;
import java.util.List;

/** The plans an owner can buy (those with a monthly price), in the catalogue's order. */
public interface ListPlansForSale {
    List<Plan> plansForSale();
}
