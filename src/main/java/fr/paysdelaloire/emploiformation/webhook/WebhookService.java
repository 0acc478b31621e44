package fr.paysdelaloire.emploiformation.webhook;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.BodyValidator;
import fr.paysdelaloire.emploiformation.api.FreeText;
import fr.paysdelaloire.emploiformation.api.Json;
import fr.paysdelaloire.emploiformation.api.Paging;
import fr.paysdelaloire.emploiformation.api.Problem.Violation;
import fr.paysdelaloire.emploiformation.api.Representation;
import fr.paysdelaloire.emploiformation.security.Caller;

/**
 * A client's subscriptions and delivery log. Everything is scoped to the calling organisation: another's
 * subscriptions and deliveries do not exist for it (404).
 */
@ApplicationScoped
public class WebhookService {

    static final int MAX_PAGE_SIZE = 100;
    /** How long the previous secret keeps signing after a rotation. */
    static final java.time.Duration ROTATION_OVERLAP = java.time.Duration.ofHours(24);

    @Inject
    WebhookRepository webhooks;

    @Inject
    WebhookConfig config;

    @Inject
    BodyValidator bodies;

    @Inject
    Caller caller;

    @Inject
    Json json;

    @Inject
    Clock clock;

    @Inject
    Dispatcher dispatcher;

    @Inject
    SecretBox secrets;

    /** Subscribes the caller; the answer carries the signing secret, once. One subscription per URL. */
    @Transactional
    public Representation<WebhookResponse> subscribe(WebhookBody request) {
        String owner = caller.requireOrganisation();
        List<Violation> violations = new ArrayList<>(bodies.violations(request));
        if (request != null && request.url() != null) {
            WebhookUrls.problem(request.url(), config.allowHttp(), config.allowPrivateAddresses())
                    .ifPresent(problem -> violations.add(new Violation("url", problem)));
        }
        BodyValidator.refuseIfAny(violations);
        webhooks.lockOwner(owner);
        var existing = webhooks.activeByUrl(owner, request.url());
        if (existing.isPresent()) {
            throw ApiProblem.conflictWith("You already subscribed this URL: change it by deleting that subscription and "
                    + "subscribing again", WebhookResource.PATH + "/" + existing.get().id());
        }
        if (webhooks.active(owner).size() >= config.maxSubscriptionsPerOwner()) {
            throw ApiProblem.conflict("You hold " + config.maxSubscriptionsPerOwner() + " subscriptions, the most allowed: "
                    + "delete one first");
        }
        UUID id = UUID.randomUUID();
        String secret = WebhookSignature.newSecret();
        List<EventType> types = List.copyOf(new LinkedHashSet<>(request.eventTypes()));
        String description = FreeText.orNull(request.description());
        webhooks.insert(id, owner, request.url(), types, secrets.seal(secret, id), description, OffsetDateTime.now(clock));
        WebhookRepository.Subscription created = webhooks.active(owner, id).orElseThrow();
        return Representation.created(WebhookResource.PATH + "/" + id, null, response(created, secret));
    }

    @Transactional
    public List<WebhookResponse> list() {
        return webhooks.active(caller.requireOrganisation()).stream().map(s -> response(s, null)).toList();
    }

    @Transactional
    public WebhookResponse get(UUID id) {
        return response(owned(id), null);
    }

    /**
     * A new signing secret, shown once; deliveries carry the signatures of both the new and the previous secret for
     * {@link #ROTATION_OVERLAP}, so the receiver can switch keys without refusing any.
     */
    @Transactional
    public WebhookResponse rotate(UUID id) {
        WebhookRepository.Subscription subscription = owned(id);
        webhooks.lockOwner(subscription.owner());
        String secret = WebhookSignature.newSecret();
        webhooks.rotate(subscription.id(), secrets.seal(secret, subscription.id()), OffsetDateTime.now(clock).plus(ROTATION_OVERLAP));
        return response(owned(id), secret);
    }

    /** Deletes the subscription: nothing more is sent to it, pending deliveries included. */
    @Transactional
    public void delete(UUID id) {
        webhooks.delete(owned(id).id(), OffsetDateTime.now(clock));
    }

    @Transactional
    public DeliveryPage deliveries(UUID id, String status, Integer page, Integer size) {
        List<Violation> violations = new ArrayList<>();
        if (status != null && !List.of("PENDING", "DELIVERED", "FAILED", "CANCELLED").contains(status)) {
            violations.add(new Violation("status", "must be one of PENDING, DELIVERED, FAILED, CANCELLED"));
        }
        Paging paging = Paging.of(page, size, MAX_PAGE_SIZE, violations);
        int pageNumber = paging.page();
        int pageSize = paging.size();
        BodyValidator.refuseIfAny(violations);
        UUID subscription = owned(id).id();
        List<DeliveryResponse> items = webhooks.deliveries(subscription, status, pageNumber, pageSize).stream()
                .map(d -> response(d, null)).toList();
        String next = items.size() == pageSize
                ? WebhookResource.PATH + "/" + id + "/deliveries?page=" + (pageNumber + 1) + "&size=" + pageSize + (status == null ? "" : "&status=" + status)
                : null;
        return new DeliveryPage(items, pageNumber, pageSize, next);
    }

    @Transactional
    public DeliveryResponse delivery(UUID id, UUID deliveryId) {
        WebhookRepository.Delivery delivery = owned(id, deliveryId);
        return response(delivery, webhooks.attempts(delivery.id()));
    }

    /** Sends a delivery again (same event id and body, signed anew), whatever became of it. */
    public DeliveryResponse replay(UUID id, UUID deliveryId) {
        DeliveryResponse replayed = replayed(id, deliveryId);
        dispatcher.wake();
        return replayed;
    }

    @Transactional
    DeliveryResponse replayed(UUID id, UUID deliveryId) {
        WebhookRepository.Delivery delivery = owned(id, deliveryId);
        if (!webhooks.replay(delivery.id(), OffsetDateTime.now(clock))) {
            throw ApiProblem.conflict("This delivery is being sent right now: read it again in a few seconds");
        }
        return response(webhooks.delivery(id, deliveryId).orElseThrow(), webhooks.attempts(delivery.id()));
    }

    private WebhookRepository.Subscription owned(UUID id) {
        return webhooks.active(caller.requireOrganisation(), id).orElseThrow(() -> ApiProblem.notFound("Webhook subscription " + id));
    }

    private WebhookRepository.Delivery owned(UUID id, UUID deliveryId) {
        UUID subscription = owned(id).id();
        return webhooks.delivery(subscription, deliveryId).orElseThrow(() -> ApiProblem.notFound("Delivery " + deliveryId));
    }

    private static WebhookResponse response(WebhookRepository.Subscription s, String secret) {
        return new WebhookResponse(s.id(), s.url(), s.eventTypes(), s.description(), s.createdAt(), s.pending(), s.failed(), secret,
                s.previousSecretUntil());
    }

    private DeliveryResponse response(WebhookRepository.Delivery d, List<DeliveryResponse.Attempt> attempts) {
        return new DeliveryResponse(d.id(), d.status(), d.attempts(), d.lastStatusCode(), d.lastError(),
                "PENDING".equals(d.status()) ? d.nextAttemptAt() : null, d.deliveredAt(), d.createdAt(),
                json.read(d.payload(), Outbox.EventBody.class), attempts);
    }
}
