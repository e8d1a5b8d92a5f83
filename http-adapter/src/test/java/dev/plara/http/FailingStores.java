package dev.plara.http;

import dev.plara.wallet.core.embedding.WalletCore;
import dev.plara.wallet.core.embedding.WalletStores;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.fixtures.LabelTrustingReceiptInspector;
import dev.plara.wallet.core.fixtures.SequentialIds;
import dev.plara.wallet.core.port.out.WebhookInbox;

import java.lang.reflect.Proxy;

/** A core whose webhook inbox is down: every call to it throws, as an unreachable database would. */
final class FailingStores {

    private FailingStores() {
    }

    static WalletCore coreWithInboxDown(CoreHarness harness) {
        var inbox = (WebhookInbox) Proxy.newProxyInstance(WebhookInbox.class.getClassLoader(),
                new Class<?>[] {WebhookInbox.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("inbox unreachable (test)");
                });
        return new WalletCore(replace(harness.stores, inbox), harness.provider.asProvider(),
                new LabelTrustingReceiptInspector(), harness.settings, harness.clock, new SequentialIds("id"));
    }

    /** The same stores with another inbox, whatever other stores the record holds. */
    private static WalletStores replace(WalletStores stores, WebhookInbox inbox) {
        try {
            var components = WalletStores.class.getRecordComponents();
            var types = new Class<?>[components.length];
            var values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = types[i] == WebhookInbox.class ? inbox : components[i].getAccessor().invoke(stores);
            }
            return WalletStores.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
