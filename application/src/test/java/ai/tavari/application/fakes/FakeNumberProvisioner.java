package ai.tavari.application.fakes;

import ai.tavari.application.port.out.NumberOffer;
import ai.tavari.application.port.out.NumberProvisioner;
import ai.tavari.application.port.out.NumberProvisioningException;
import ai.tavari.application.port.out.ProvisionedNumber;
import ai.tavari.domain.shared.PhoneNumber;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A telephony provider's numbers in memory: numbers for sale, the ones this account bought, which
 * are bound and which were given back; every request is logged, and failures can be planned.
 */
public class FakeNumberProvisioner implements NumberProvisioner {
    private final Deque<PhoneNumber> forSale = new ArrayDeque<>();
    private final Map<PhoneNumber, ProvisionedNumber> owned = new LinkedHashMap<>();
    private final Set<PhoneNumber> bound = new HashSet<>();
    private final List<PhoneNumber> released = new ArrayList<>();
    private final List<String> requests = new ArrayList<>();
    private final Map<String, Deque<RuntimeException>> plannedFailures = new HashMap<>();
    private boolean loseNextAttachAnswer;
    private int nextId = 100;

    public FakeNumberProvisioner(String... numbersForSale) {
        for (String number : numbersForSale) {
            forSale.add(PhoneNumber.of(number));
        }
    }

    /** The next request of {@code operation} (findAvailable, findOwned, attach, bind, release) fails. */
    public synchronized FakeNumberProvisioner failNext(String operation, boolean temporary) {
        return failNextWith(operation, new NumberProvisioningException("planned " + operation + " failure", temporary));
    }

    /** The next request of {@code operation} fails in a way nobody planned for (not a provider failure). */
    public synchronized FakeNumberProvisioner crashOnNext(String operation) {
        return failNextWith(operation, new IllegalStateException("something unexpected during " + operation));
    }

    private FakeNumberProvisioner failNextWith(String operation, RuntimeException failure) {
        plannedFailures.computeIfAbsent(operation, key -> new ArrayDeque<>()).add(failure);
        return this;
    }

    /** The next attach buys the number, but its answer is lost on the way (a timeout). */
    public synchronized FakeNumberProvisioner loseNextAttachAnswer() {
        loseNextAttachAnswer = true;
        return this;
    }

    /** Someone else buys the number first. */
    public synchronized void sellElsewhere(PhoneNumber number) {
        forSale.remove(number);
    }

    public synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    public synchronized long count(String operation) {
        return requests.stream().filter(request -> request.startsWith(operation)).count();
    }

    public synchronized List<PhoneNumber> owned() {
        return List.copyOf(owned.keySet());
    }

    public synchronized boolean isBound(PhoneNumber number) {
        return bound.contains(number);
    }

    public synchronized List<PhoneNumber> released() {
        return List.copyOf(released);
    }

    @Override
    public boolean isConfigured() {
        return true;
    }

    @Override
    public synchronized NumberOffer findAvailable(PhoneNumber near) {
        log("findAvailable " + near);
        if (forSale.isEmpty()) {
            throw new NumberProvisioningException("no numbers for sale near " + near, false);
        }
        PhoneNumber number = forSale.peekFirst();
        return new NumberOffer(number, "offer:" + number.e164());
    }

    @Override
    public synchronized Optional<ProvisionedNumber> findOwned(NumberOffer offer) {
        log("findOwned " + offer.number());
        return Optional.ofNullable(owned.get(offer.number()));
    }

    @Override
    public synchronized ProvisionedNumber attach(NumberOffer offer) {
        log("attach " + offer.number());
        if (!forSale.remove(offer.number())) {
            throw new NumberProvisioningException("the number " + offer.number() + " is not for sale", false);
        }
        ProvisionedNumber bought = new ProvisionedNumber(offer.number(), Integer.toString(nextId++));
        owned.put(offer.number(), bought);
        if (loseNextAttachAnswer) {
            loseNextAttachAnswer = false;
            throw new NumberProvisioningException("timed out waiting for the answer", true);
        }
        return bought;
    }

    @Override
    public synchronized void bind(ProvisionedNumber number) {
        log("bind " + number.number());
        requireOwned(number);
        bound.add(number.number());
    }

    @Override
    public synchronized void release(ProvisionedNumber number) {
        log("release " + number.number());
        requireOwned(number);
        owned.remove(number.number());
        bound.remove(number.number());
        released.add(number.number());
    }

    private void requireOwned(ProvisionedNumber number) {
        if (!number.equals(owned.get(number.number()))) {
            throw new NumberProvisioningException("not this account's number: " + number, false);
        }
    }

    private void log(String request) {
        requests.add(request);
        String operation = request.substring(0, request.indexOf(' '));
        Deque<RuntimeException> failures = plannedFailures.get(operation);
        if (failures != null && !failures.isEmpty()) {
            throw failures.poll();
        }
    }
}
