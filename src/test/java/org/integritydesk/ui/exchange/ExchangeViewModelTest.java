package org.integritydesk.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Locale;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.service.Messages;
import org.integritydesk.service.UnitService;
import org.integritydesk.service.exchange.ExchangeService;
import org.integritydesk.service.exchange.ExchangeSite;
import org.integritydesk.store.ExchangeStore;
import org.integritydesk.testing.TestServices;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.integritydesk.ui.testing.RecordingDialogService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeViewModelTest {
    @TempDir Path dir;
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);

    private ExchangeViewModel viewModel(ExchangeService exchange, RecordingDialogService dialogs) {
        ExchangeViewModel model = new ExchangeViewModel(exchange, new DirectTaskRunner(), dialogs, messages,
                TestServices.ZONE);
        model.reload();
        return model;
    }

    @Test
    void makesKeysForTheCodeTheUserGivesThenSavesThePublicKey() throws Exception {
        try (TestServices services = TestServices.open(dir.resolve("new"))) {
            services.setUpBureau();
            ExchangeService exchange = new ExchangeService(services.tx, new ExchangeStore(services.tx),
                    services.stamps, services.access, services.auditTrail, services.setup, new SecureRandom(),
                    new org.integritydesk.store.AttachmentFiles(dir.resolve("new").resolve("attachments"),
                            TestServices.FILE_KEY, new SecureRandom()));
            RecordingDialogService dialogs = new RecordingDialogService().answerPurpose("36082104");
            ExchangeViewModel model = viewModel(exchange, dialogs);
            assertThat(model.hasKeysProperty().get()).isFalse();
            assertThat(model.siteTextProperty().get()).isEqualTo("本站尚未生成交换密钥。");

            model.generateKeys();
            assertThat(model.hasKeysProperty().get()).isTrue();
            assertThat(model.siteTextProperty().get()).startsWith("本站 36082104（分局），县局 360821；密钥指纹 ");
            Path key = dir.resolve("sub.idkey");
            dialogs.answerSaveFile(key);
            model.savePublicKey();
            assertThat(Files.readString(key)).contains("site=36082104");
            assertThat(model.statusProperty().get()).contains("本站公钥已保存到");
        }
    }

    @Test
    void exportImportAndDecideAConflict() throws Exception {
        try (ExchangeSite county = ExchangeSite.create("360821", dir);
                ExchangeSite sub = ExchangeSite.create("36082104", dir)) {
            // the county trusts the sub-bureau through the window (fingerprint confirmed), the other way directly
            Path subKey = dir.resolve("sub.idkey");
            Files.writeString(subKey, sub.exchange.site().orElseThrow().publicKeyFile());
            RecordingDialogService countyDialogs = new RecordingDialogService().answerConfirmations(true);
            ExchangeViewModel countyModel = viewModel(county.exchange, countyDialogs);
            countyModel.trust(subKey);
            assertThat(countyDialogs.confirmations().get(0).message())
                    .contains(sub.exchange.site().orElseThrow().fingerprint());
            assertThat(countyModel.peers()).extracting(ExchangeService.PeerStatus::siteCode).containsExactly("36082104");
            sub.exchange.trust("360821", county.exchange.site().orElseThrow().publicKeyFile());

            Path first = dir.resolve("c1.idx");
            countyDialogs.answerSaveFile(first);
            countyModel.exportPackage();
            assertThat(countyModel.statusProperty().get()).startsWith("已导出发往站点 36082104 的第 1 号交换包");
            assertThat(countyModel.peers().get(0).unacknowledged()).isEqualTo(1);

            RecordingDialogService subDialogs = new RecordingDialogService().answerConfirmations(true);
            ExchangeViewModel subModel = viewModel(sub.exchange, subDialogs);
            subModel.importPackage(first);
            assertThat(subModel.statusProperty().get()).startsWith("已导入站点 360821 的第 1 号交换包");
            assertThat(subModel.peers().get(0).lastImportedSeq()).isEqualTo(1);

            // the sub-bureau renames the county's root unit: a conflict at the county, the owner
            OrgUnit root = sub.services.units.tree().roots().get(0);
            sub.services.units.update(root.id(), root.stamp().version(), new UnitService.UnitDraft(null, root.code(),
                    "吉安县市场监督管理局（改）", root.kind(), root.sortOrder()));
            Path back = dir.resolve("s1.idx");
            subDialogs.answerSaveFile(back);
            subModel.exportPackage();
            countyModel.importPackage(back);
            assertThat(countyModel.statusProperty().get()).contains("冲突 1 条");
            assertThat(countyModel.conflicts()).hasSize(1);
            ExchangeService.Conflict conflict = countyModel.conflicts().get(0);
            assertThat(countyModel.kind(conflict)).isEqualTo("单位");
            assertThat(countyModel.record(conflict)).isEqualTo("吉安县市场监督管理局（改）");
            assertThat(countyModel.reason(conflict)).isEqualTo("对方改动了本站所有的记录");
            assertThat(countyModel.peers().get(0).openConflicts()).isEqualTo(1);

            countyModel.selectedConflictProperty().set(conflict);
            countyModel.keepMine();
            assertThat(countyModel.conflicts()).isEmpty();
            assertThat(countyModel.statusProperty().get()).isEqualTo("冲突已处理。");

            // a damaged package: one clear message, nothing changed
            byte[] bytes = Files.readAllBytes(back);
            bytes[bytes.length - 3] ^= 1;
            Path bad = dir.resolve("bad.idx");
            Files.write(bad, bytes);
            var before = county.services.fingerprint();
            countyModel.importPackage(bad);
            assertThat(countyDialogs.errors()).singleElement().extracting(RecordingDialogService.Shown::message)
                    .asString().contains("签名校验失败");
            assertThat(county.services.fingerprint()).isEqualTo(before);
        }
    }
}
