package org.example.loanbook.product;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Request and response bodies of the loan products API, documented for Swagger. */
final class LoanProductsApiResourceSwagger {

    private LoanProductsApiResourceSwagger() {
    }

    static final class PostLoanProductsRequest {
        // lawful: not-personal
        public String name;
        // lawful: not-personal
        public String shortName;
        // lawful: not-personal
        public String locale;
        // lawful: not-personal
        public String dateFormat;
        // lawful: not-personal
        public BigDecimal principal;
        // lawful: not-personal
        public Double minPrincipal;
        // lawful: not-personal
        public Double maxPrincipal;
        // lawful: not-personal
        public Integer graceOnPrincipalPayment;
        // lawful: not-personal
        public Integer graceOnInterestPayment;
        // lawful: not-personal
        public Long incomeFromFeeAccountId;
        // lawful: not-personal
        public Long incomeFromPenaltyAccountId;
        // lawful: not-personal
        public List<PaymentChannelToFundSourceMapping> paymentChannelToFundSourceMappings;
        // lawful: not-personal
        public List<ChargeToIncomeAccountMapping> penaltyToIncomeAccountMappings;
        // lawful: not-personal
        public BigDecimal interestRatePerPeriod;
        // lawful: not-personal
        public List<Long> charges;
    }

    static final class PaymentChannelToFundSourceMapping {
        // lawful: not-personal
        public Long paymentTypeId;
        // lawful: not-personal
        public Long fundSourceAccountId;
    }

    static final class ChargeToIncomeAccountMapping {
        // lawful: not-personal
        public Long chargeId;
        // lawful: not-personal
        public Long incomeAccountId;
    }

    static final class GetLoanProductsProductIdResponse {
        // lawful: not-personal
        public Long id;
        // lawful: not-personal
        public String name;
        // lawful: not-personal
        public Set<GetLoanFeeToIncomeAccountMappings> feeToIncomeAccountMappings;
        // lawful: not-personal
        public List<GetPaymentType> paymentTypeOptions;
        // lawful: not-personal
        public Integer principalThresholdForLastInstalment;

        static final class GetLoanFeeToIncomeAccountMappings {
            // lawful: not-personal
            public GetLoanCharge charge;
            // lawful: not-personal
            public GetGlAccountMapping incomeAccount;
        }

        static final class GetLoanCharge {
            // lawful: not-personal
            public Long id;
            // lawful: not-personal
            public String name;
            // lawful: not-personal
            public boolean active;
        }

        static final class GetGlAccountMapping {
            // lawful: not-personal
            public Long id;
            // lawful: not-personal
            public String name;
            // lawful: not-personal
            public String glCode;
        }

        static final class GetPaymentType {
            // lawful: not-personal
            public Long id;
            // lawful: not-personal
            public String name;
            // lawful: not-personal
            public Boolean isCashPayment;
        }
    }
}
