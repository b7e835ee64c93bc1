package ai.tavari.adapters.web.setup;

import ai.tavari.adapters.web.security.Authenticated;
import ai.tavari.adapters.web.security.CurrentPrincipal;
import ai.tavari.application.port.in.auth.GetAccount;
import ai.tavari.application.port.in.setup.FinalizeSetup;
import ai.tavari.application.port.in.setup.GetSetupStatus;
import ai.tavari.application.port.in.setup.SaveSetupStep;
import ai.tavari.application.port.in.setup.SetupStepCommand;
import ai.tavari.domain.business.BusinessId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The five-step setup wizard of the caller's own business. Steps are saved in any order and as
 * often as the owner likes; every save answers with the new status. {@code /setup/stepN} and
 * {@code /setup/steps/N} are the same. Bodies are checked by {@link SetupCommands}: field errors
 * name the JSON path in the body; finalizing names what is missing as {@code stepN} or
 * {@code stepN.<field>}.
 */
@Path("setup")
@Tag(name = "Setup", description = "The five-step setup wizard")
@RequestScoped
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SetupResource {
    @Inject
    GetSetupStatus getSetupStatus;
    @Inject
    SaveSetupStep saveSetupStep;
    @Inject
    FinalizeSetup finalizeSetup;
    @Inject
    GetAccount getAccount;
    @Inject
    SetupCommands commands;

    @GET
    @Path("status")
    @Operation(summary = "What the setup wizard still needs, step by step, and whether the agent is live")
    public SetupStatusView status(@Context SecurityContext security) {
        return SetupStatusView.of(getSetupStatus.status(business(security)));
    }

    @POST
    @Path("step1")
    @Operation(summary = "Step 1: business info (name, phone, time zone, industry, address)")
    public SetupStatusView saveBusinessInfo(@Context SecurityContext security, BusinessInfoRequest body) {
        return save(security, commands.businessInfo(body, getAccount.account(CurrentPrincipal.of(security)).business()));
    }

    @POST
    @Path("steps/1")
    @Operation(summary = "Step 1 (numbered path)")
    public SetupStatusView saveStep1(@Context SecurityContext security, BusinessInfoRequest body) {
        return saveBusinessInfo(security, body);
    }

    @POST
    @Path("step2")
    @Operation(summary = "Step 2: greeting and voice")
    public SetupStatusView saveGreetingAndVoice(@Context SecurityContext security,
                                                GreetingAndVoiceRequest body) {
        return save(security, commands.greetingAndVoice(body));
    }

    @POST
    @Path("steps/2")
    @Operation(summary = "Step 2 (numbered path)")
    public SetupStatusView saveStep2(@Context SecurityContext security, GreetingAndVoiceRequest body) {
        return saveGreetingAndVoice(security, body);
    }

    @POST
    @Path("step3")
    @Operation(summary = "Step 3: weekly hours, holidays and what to do after hours")
    public SetupStatusView saveHours(@Context SecurityContext security, HoursRequest body) {
        return save(security, commands.hours(body));
    }

    @POST
    @Path("steps/3")
    @Operation(summary = "Step 3 (numbered path)")
    public SetupStatusView saveStep3(@Context SecurityContext security, HoursRequest body) {
        return saveHours(security, body);
    }

    @POST
    @Path("step4")
    @Operation(summary = "Step 4: up to 5 FAQs")
    public SetupStatusView saveFaqs(@Context SecurityContext security, FaqsRequest body) {
        return save(security, commands.faqs(body));
    }

    @POST
    @Path("steps/4")
    @Operation(summary = "Step 4 (numbered path)")
    public SetupStatusView saveStep4(@Context SecurityContext security, FaqsRequest body) {
        return saveFaqs(security, body);
    }

    @POST
    @Path("step5")
    @Operation(summary = "Step 5: message taking, notifications and transfers")
    public SetupStatusView saveMessageSettings(@Context SecurityContext security,
                                               MessageSettingsRequest body) {
        return save(security, commands.messageSettings(body, getAccount.account(CurrentPrincipal.of(security)).business()));
    }

    @POST
    @Path("steps/5")
    @Operation(summary = "Step 5 (numbered path)")
    public SetupStatusView saveStep5(@Context SecurityContext security, MessageSettingsRequest body) {
        return saveMessageSettings(security, body);
    }

    @POST
    @Path("finalize")
    @Operation(summary = "Check every step and make the agent live")
    public SetupStatusView finalizeSetup(@Context SecurityContext security) {
        return SetupStatusView.of(finalizeSetup.finalizeSetup(business(security)));
    }

    private SetupStatusView save(SecurityContext security, SetupStepCommand command) {
        return SetupStatusView.of(saveSetupStep.save(business(security), command));
    }

    private static BusinessId business(SecurityContext security) {
        return CurrentPrincipal.of(security).businessId();
    }
}
